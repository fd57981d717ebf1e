package org.jracket.runtime.eval;

/**
 * Which frame slots of a lambda body must stay in the heap frame when the body is compiled.
 * The {@link BodyCompiler} keeps the other locals in JVM locals (registers), where the JIT
 * can keep them unboxed and unallocated. A slot stays in the frame when code the compiler
 * does not emit itself reads or writes it: a nested lambda (through its frame chain) or a
 * form the compiler leaves to its tree node. The frame itself escapes when such code exists
 * (closures keep it as their environment), so a self tail call then needs a fresh frame.
 */
final class FrameUse {
    final boolean[] inFrame;
    boolean escapes;
    /** Whether named-let loops are inlined (then they make no closures). */
    private final boolean inlineLoops;

    private FrameUse(int size, boolean inlineLoops) { inFrame = new boolean[size]; this.inlineLoops = inlineLoops; }

    static FrameUse of(LambdaCode code) { return of(code, true); }

    static FrameUse of(LambdaCode code, boolean inlineLoops) {
        FrameUse u = new FrameUse(code.frameSize, inlineLoops);
        u.compiled(code.interpreted);
        return u;
    }

    /** A node the compiler emits itself: its own depth-0 locals can be registers. */
    private void compiled(Node n) {
        LoopInlining.Loop loop = inlineLoops ? LoopInlining.of(n) : null;
        if (loop != null) {
            // Inlined: the loop's body is compiled code, and no closure is made.
            for (Node x : loop.args()) compiled(x);
            compiled(loop.lambda().code.interpreted);
            return;
        }
        if (n instanceof ConstNode || n instanceof GlobalRefNode || n instanceof LocalRefNode) {
            return;
        }
        if (n instanceof SetLocalNode s) {
            compiled(s.value);
        } else if (n instanceof IfNode i) {
            compiled(i.test); compiled(i.then); compiled(i.otherwise);
        } else if (n instanceof SeqNode s) {
            for (Node x : s.body) compiled(x);
        } else if (n instanceof BindNode b) {
            for (Node x : b.rhs) compiled(x);
            compiled(b.body);
        } else if (n instanceof AppNode a) {
            for (Node x : a.exprs) compiled(x);
        } else if (n instanceof PrimAppNode p) {
            for (Node x : p.args) compiled(x);
        } else {
            escapes = true;
            outside(n, 0);
        }
    }

    /** A node run outside the compiled code, level lambdas inside this body: marks its uses of this frame. */
    private void outside(Node n, int level) {
        if (n instanceof ConstNode || n instanceof GlobalRefNode || n instanceof VariableReferenceNode) {
            return;
        }
        if (n instanceof LocalRefNode r) {
            if (r.depth == level) inFrame[r.slot] = true;
        } else if (n instanceof SetLocalNode s) {
            if (s.depth == level) inFrame[s.slot] = true;
            outside(s.value, level);
        } else if (n instanceof DefineNode d) {
            outside(d.value, level);
        } else if (n instanceof LambdaNode l) {
            outside(l.code.interpreted, level + 1);
        } else if (n instanceof CaseLambdaNode c) {
            for (LambdaCode k : c.codes) outside(k.interpreted, level + 1);
        } else if (n instanceof IfNode i) {
            outside(i.test, level); outside(i.then, level); outside(i.otherwise, level);
        } else if (n instanceof SeqNode s) {
            for (Node x : s.body) outside(x, level);
        } else if (n instanceof BindNode b) {
            for (Node x : b.rhs) outside(x, level);
            outside(b.body, level);
        } else if (n instanceof AppNode a) {
            for (Node x : a.exprs) outside(x, level);
        } else if (n instanceof PrimAppNode p) {
            for (Node x : p.args) outside(x, level);
        } else if (n instanceof MarkNode k) {
            outside(k.key, level); outside(k.value, level); outside(k.body, level);
        } else if (n instanceof Begin0Node b) {
            outside(b.first, level);
            for (Node x : b.rest) outside(x, level);
        } else {
            // A node this analysis does not know: keep every slot in the frame.
            java.util.Arrays.fill(inFrame, true);
        }
    }
}
