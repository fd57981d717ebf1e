package org.jracket.runtime.eval;

/** An executable node compiled from IR. */
abstract class Node {
    /** Evaluates in the given frame; may return {@link Machine#TAIL} when in tail position. */
    abstract Object eval(Object[] frame, Machine m);
}
