package org.jracket.runtime.eval;

import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;

/**
 * The shareable code of a lambda: parameter shape, frame size and body. Frames are
 * {@code Object[]} with slot 0 the enclosing frame, slot 1 the linklet's variable table,
 * then parameters and every local bound inside the body (lets are flattened into the frame).
 */
final class LambdaCode {
    final int nparams;
    final boolean rest;
    final int frameSize;
    Node body;
    final String name;
    final long arityMask;
    /** The argument count when fixed, else -1: compiled call sites test this one field. */
    final int fixedArity;
    /** The tree-interpreter body; {@link #body} is this or, once hot, its compiled form. */
    Node interpreted;
    /** 0 interpreted, 1 compiled, 2 compilation refused (too big or failed), 3 being compiled. */
    private volatile int tier;
    /** The lambda whose body this one's code is in (null at a linklet's top level). */
    LambdaCode enclosing;
    /**
     * The interpreted tier's argument profile: bit i is set once parameter i (of the first 32)
     * has received something other than a fixnum. The compiled tier keeps the others in
     * integer registers ({@link UnboxedLocals#of}). Racy on purpose, as the call count.
     */
    int nonFixnumArgs;
    private static final java.lang.invoke.VarHandle TIER;
    static {
        try {
            TIER = java.lang.invoke.MethodHandles.lookup().findVarHandle(LambdaCode.class, "tier", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    LambdaCode(int nparams, boolean rest, int frameSize, String name) {
        this.nparams = nparams; this.rest = rest; this.frameSize = frameSize; this.name = name;
        this.arityMask = rest ? Procedure.maskRange(nparams, -1) : Procedure.maskExactly(nparams);
        this.fixedArity = rest ? -1 : nparams;
    }

    /** Records in the argument profile the kinds of a call's arguments (frame slots 2 on). */
    void profileArguments(Object[] f) {
        int seen = 0, n = Math.min(nparams, 32);
        for (int i = 0; i < n; i++) if (!(f[2 + i] instanceof Long)) seen |= 1 << i;
        if ((nonFixnumArgs | seen) != nonFixnumArgs) nonFixnumArgs |= seen;
    }

    /** Did parameter i receive only fixnums while this lambda was interpreted? */
    boolean fixnumParameter(int i) { return i < 32 && (nonFixnumArgs & (1 << i)) == 0; }

    void setInterpretedBody(Node b) {
        interpreted = b;
        body = BodyCompiler.ENABLED ? new ProfilingBody(this, b) : b;
    }

    /**
     * Called when the body is hot. A named-let loop that its enclosing lambda's compiled body
     * would inline is hot because that lambda runs it: the loop is compiled first, for the
     * calls running it now (every thread running it continues in the compiled body as soon as
     * it exists), then the enclosing lambda, whose next call runs the loop as jumps. A thread
     * that enters the body while another compiles it first takes the enclosing lambda's
     * compilation if nobody has started it (two threads of a place then compile the loop and
     * its owner side by side), then waits for the loop ({@link #awaitCompilation}).
     * (Compiling on a background thread instead was measured slower: the threads interpret
     * meanwhile, at a fraction of the compiled speed.)
     */
    void tierUp() {
        int t = tier;
        if (t == 1 || t == 2) return;
        if (t == 0 && startCompilation()) {
            Node compiled = null;
            try {
                compiled = BodyCompiler.compile(this);
            } finally {
                finishCompilation(compiled);
            }
        }
        LambdaCode owner = enclosing;
        if (owner != null && owner.tier == 0 && LoopInlining.inlines(owner, this)) owner.tierUp();
    }

    /** Claims the compilation of this lambda (tier 0 to 3); false if it is not this thread's to do. */
    boolean startCompilation() { return TIER.compareAndSet(this, 0, 3); }

    /** Installs the compiled body (null: the tree for good) and wakes the threads waiting for it. */
    void finishCompilation(Node compiled) {
        body = compiled != null ? compiled : interpreted;
        tier = compiled != null ? 1 : 2;
        synchronized (this) { notifyAll(); }
    }

    /**
     * While another thread compiles this lambda, a thread about to interpret it again waits
     * (at most {@link #waitNanos} per entry) instead: interpreting runs at a fraction of compiled
     * speed, and the core it would take is worth more to the compiling thread, which then
     * finishes sooner (places running one loop: its first compilation took 9 to 37 ms while
     * the other places interpreted beside it). No thread waits on a compilation that does not
     * end: it always ends, compiled or refused, and the wait is bounded anyway.
     */
    void awaitCompilation() {
        if (tier != 3) return;
        long end = System.nanoTime() + waitNanos;
        synchronized (this) {
            while (tier == 3) {
                long left = end - System.nanoTime();
                if (left <= 0) return;
                try {
                    wait(left / 1_000_000L, (int) (left % 1_000_000L));
                } catch (InterruptedException e) {
                    // a kill or the end of the place: keep the status for whoever checks it
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The longest wait per entry (tests change it). */
    static long waitNanos = 100_000_000L;

    Object[] bindFrame(Procedure self, Object[] env, Object[] args) {
        int n = args.length;
        Object[] f = new Object[frameSize];
        f[0] = env;
        f[1] = env[1];
        if (!rest) {
            if (n != nparams) throw Errors.arityMismatch(self, args);
            System.arraycopy(args, 0, f, 2, n);
        } else {
            if (n < nparams) throw Errors.arityMismatch(self, args);
            System.arraycopy(args, 0, f, 2, nparams);
            Object r = Null.NULL;
            for (int i = n - 1; i >= nparams; i--) r = new Pair(args[i], r);
            f[2 + nparams] = r;
        }
        return f;
    }

    Object[] bindFrame(Closure c, Object[] args) { return bindFrame(c, c.env, args); }
}
