package org.jracket.runtime.eval;

/** Creates a closure over the current frame. */
final class LambdaNode extends Node {
    final LambdaCode code;
    LambdaNode(LambdaCode code) { this.code = code; }
    @Override Object eval(Object[] f, Machine m) { return new Closure(code, f); }
}
