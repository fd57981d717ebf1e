package org.jracket.runtime.num;

import java.util.SplittableRandom;

/**
 * A pseudo-random generator value. NOTE: Racket uses MRG32k3a, so sequences after
 * random-seed do not match Racket's yet; only the API and ranges do.
 */
public final class PseudoRandom {
    private SplittableRandom rng;

    public PseudoRandom(long seed) { rng = new SplittableRandom(seed); }

    /** The generator used when none is given (until current-pseudo-random-generator exists). */
    public static final PseudoRandom DEFAULT = new PseudoRandom(System.nanoTime());

    public synchronized void seed(long seed) { rng = new SplittableRandom(seed); }

    /** A double strictly between 0 and 1, as Racket's random returns. */
    public synchronized double nextDouble() {
        double d;
        do { d = rng.nextDouble(); } while (d == 0.0);
        return d;
    }

    /** An integer in [0, bound). */
    public synchronized long nextLong(long bound) { return rng.nextLong(bound); }

    @Override public String toString() { return "#<pseudo-random-generator>"; }
}
