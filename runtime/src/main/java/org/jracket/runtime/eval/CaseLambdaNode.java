package org.jracket.runtime.eval;

/** Creates a case-lambda closure over the current frame. */
final class CaseLambdaNode extends Node {
    final LambdaCode[] codes;
    final String name;

    CaseLambdaNode(LambdaCode[] codes, String name) { this.codes = codes; this.name = name; }

    @Override Object eval(Object[] f, Machine m) {
        Closure[] cs = new Closure[codes.length];
        for (int i = 0; i < codes.length; i++) cs[i] = new Closure(codes[i], f);
        return new CaseClosure(cs, name);
    }
}
