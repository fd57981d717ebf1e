package org.jracket.runtime.eval;

/**
 * A compiled body that can be called without a heap frame: compiled call sites pass the
 * closure's environment and the arguments in JVM locals ({@code invokeN}, N the lambda's
 * fixed arity, at most {@link #MAX_ARITY}). Only bodies whose frame no closure or tree-run
 * form could see are direct ({@link FrameUse}); if a continuation is captured through one,
 * it makes the frame the interpreter needs at that moment. {@link #eval} (the entry for
 * the interpreter and the call loop) unpacks a frame and calls the direct method.
 */
abstract class DirectBody extends Node {
    static final int MAX_ARITY = 4;

    Object invoke0(Object[] env, Machine m) { throw wrongArity(); }
    Object invoke1(Object[] env, Object a, Machine m) { throw wrongArity(); }
    Object invoke2(Object[] env, Object a, Object b, Machine m) { throw wrongArity(); }
    Object invoke3(Object[] env, Object a, Object b, Object c, Machine m) { throw wrongArity(); }
    Object invoke4(Object[] env, Object a, Object b, Object c, Object d, Machine m) { throw wrongArity(); }

    /** Call sites check the lambda's arity first: reaching this is a compiler bug. */
    private static IllegalStateException wrongArity() { return new IllegalStateException("direct body called with the wrong arity"); }
}
