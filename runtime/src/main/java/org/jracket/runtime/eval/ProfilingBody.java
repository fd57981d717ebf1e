package org.jracket.runtime.eval;

/**
 * The first-tier body of a lambda: runs the interpreter's node tree and counts calls (tail
 * calls and loop iterations included, as each is a body entry). At the threshold the lambda
 * is compiled to a JVM class ({@link BodyCompiler}); code run once (module bodies, start-up)
 * never pays for compilation. It also profiles which parameters receive only fixnums.
 */
final class ProfilingBody extends Node {
    private final LambdaCode code;
    private final Node interpreted;
    /** Racy on purpose: an approximate count is enough to decide when to compile. */
    private int calls;

    ProfilingBody(LambdaCode code, Node interpreted) { this.code = code; this.interpreted = interpreted; }

    @Override Object eval(Object[] f, Machine m) {
        code.profileArguments(f);
        if (++calls >= BodyCompiler.threshold) {
            code.tierUp();
            code.awaitCompilation();
        }
        return interpreted.eval(f, m);
    }
}
