package org.jracket.runtime.num;

/**
 * A pseudo-random generator value: L'Ecuyer's combined multiple recursive generator MRG32k3a
 * (P. L'Ecuyer, "Good Parameters and Implementations for Combined Multiple Recursive Random
 * Number Generators", Operations Research 47(1), 1999), the generator Racket uses. The state,
 * the seeding from an integer, and the ways an output becomes an integer in a range (by
 * rejection) or a real in (0, 1) follow Racket's, so a program that calls random-seed gets
 * Racket's sequence. The state is kept as doubles: every intermediate value of the recursion
 * is an integer below 2^53, so double arithmetic is exact.
 */
public final class PseudoRandom {
    static final double M1 = 4294967087.0, M2 = 4294944443.0;
    private static final double A12 = 1403580.0, A13N = 810728.0, A21 = 527612.0, A23N = 1370589.0;
    /** 1 / (M1 + 1). */
    private static final double NORM = 2.328306549295728e-10;
    /** The state Racket starts seeding from (Sebastian Egner's initial values). */
    private static final long[] SEED_BASE = {1062452522L, 2961816100L, 342112271L, 2854655037L, 3321940838L, 3542344109L};

    /** x10 x11 x12 (first component, newest first), x20 x21 x22 (second component). */
    private final double[] s = new double[6];

    public PseudoRandom(long seed) { seed(seed); }

    private PseudoRandom(double[] state) { System.arraycopy(state, 0, s, 0, 6); }

    /** The generator used when none is given (until current-pseudo-random-generator exists). */
    public static final PseudoRandom DEFAULT = new PseudoRandom(System.currentTimeMillis() & 0x7FFFFFFFL);

    /**
     * Racket's seeding: from fixed initial values, each 16-bit half of the seed (low, then
     * high) drives a multiply-with-carry sequence (multiplier 30903) whose outputs are added
     * to the six components, each kept in its range (the first of each component nonzero).
     */
    public synchronized void seed(long seed) {
        for (int i = 0; i < 6; i++) s[i] = SEED_BASE[i];
        mixHalf(seed & 0xFFFF);
        mixHalf((seed >>> 16) & 0xFFFF);
    }

    private void mixHalf(long x) {
        long m1 = (long) M1, m2 = (long) M2;
        long[] mods = {m1 - 1, m1, m1, m2 - 1, m2, m2};
        for (int i = 0; i < 6; i++) {
            long y1 = x & 0xFFFF;
            x = 30903 * y1 + (x >>> 16);
            long y2 = x & 0xFFFF;
            x = 30903 * y2 + (x >>> 16);
            long z = ((y1 << 16) + y2) % mods[i];
            long sum = ((long) s[i] + z) & 0xFFFFFFFFL;
            s[i] = (i == 0 || i == 3) ? 1 + sum % mods[i] : sum % mods[i];
        }
    }

    /** The next output of the recursion, an integer in [0, M1) as a double. */
    private double next() {
        double p1 = A12 * s[1] - A13N * s[2];
        p1 -= (long) (p1 / M1) * M1;
        if (p1 < 0) p1 += M1;
        s[2] = s[1]; s[1] = s[0]; s[0] = p1;
        double p2 = A21 * s[3] - A23N * s[5];
        p2 -= (long) (p2 / M2) * M2;
        if (p2 < 0) p2 += M2;
        s[5] = s[4]; s[4] = s[3]; s[3] = p2;
        double y = p1 - p2;
        return y < 0 ? y + M1 : y;
    }

    /** A double strictly between 0 and 1, as Racket's random returns. */
    public synchronized double nextDouble() { return (next() + 1.0) * NORM; }

    /** An integer in [0, bound) for 1 <= bound <= M1: the outputs past the last whole multiple are rejected. */
    public synchronized long nextLong(long bound) {
        double n = bound, q = Math.floor(M1 / n), qn = q * n;
        while (true) {
            double x = next();
            if (x < qn) return (long) (x / q);
        }
    }

    /** The state as pseudo-random-generator->vector gives it. */
    public synchronized long[] state() {
        long[] v = new long[6];
        for (int i = 0; i < 6; i++) v[i] = (long) s[i];
        return v;
    }

    /** Is v a valid state (each component in its range, not all zero)? */
    public static boolean validState(long[] v) {
        long max1 = (long) M1 - 1, max2 = (long) M2 - 1;
        for (int i = 0; i < 6; i++) if (v[i] < 0 || v[i] > (i < 3 ? max1 : max2)) return false;
        return (v[0] | v[1] | v[2]) != 0 && (v[3] | v[4] | v[5]) != 0;
    }

    public static PseudoRandom ofState(long[] v) {
        double[] d = new double[6];
        for (int i = 0; i < 6; i++) d[i] = v[i];
        return new PseudoRandom(d);
    }

    public synchronized void setState(long[] v) { for (int i = 0; i < 6; i++) s[i] = v[i]; }

    @Override public String toString() { return "#<pseudo-random-generator>"; }
}
