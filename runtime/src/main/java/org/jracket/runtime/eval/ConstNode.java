package org.jracket.runtime.eval;

/** A quoted constant. */
final class ConstNode extends Node {
    final Object value;
    ConstNode(Object value) { this.value = value; }
    @Override Object eval(Object[] f, Machine m) { return value; }
}
