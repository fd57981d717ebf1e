package org.jracket.runtime.eval;

/**
 * Which named-let loops the {@link BodyCompiler} inlines into the lambda around them. A
 * named let expands to {@code ((letrec ([loop (lambda (x ...) body)]) loop) init ...)}; the
 * same loop may also appear as {@code (letrec ([loop (lambda ...)]) (loop init ...))}. Either
 * is inlined when it is in tail position, the loop procedure is only ever called, in tail
 * position, with its own arity (from its body or from loops inlined into it), its body
 * makes no closures, and the initial arguments cannot capture a continuation. Then no
 * closure and no frame is made for the loop: its parameters are JVM locals of the
 * enclosing method and each iteration is a jump. A capture inside makes the closure and
 * frames the tree would have had.
 */
final class LoopInlining {
    private LoopInlining() {}

    /** An inlinable loop: its lambda, the frame slot of its procedure, its initial arguments. */
    record Loop(LambdaNode lambda, int slot, Node[] args) {}

    /** The loop that n (a tail-position form) is, or null. */
    static Loop of(Node n) {
        BindNode b;
        Node[] args;
        if (n instanceof BindNode bind && bind.body instanceof AppNode call && call.tail
                && isSlotRef(call.exprs[0], bind)) {
            b = bind;
            args = java.util.Arrays.copyOfRange(call.exprs, 1, call.exprs.length);
        } else if (n instanceof AppNode call && call.tail && call.exprs[0] instanceof BindNode bind
                && isSlotRef(bind.body, bind)) {
            b = bind;
            args = java.util.Arrays.copyOfRange(call.exprs, 1, call.exprs.length);
        } else {
            return null;
        }
        LambdaNode l = (LambdaNode) b.rhs[0];
        if (l.code.rest || args.length != l.code.nparams) return null;
        int s = b.slots[0][0];
        for (Node arg : args) {
            if (BodyCompiler.mayCapture(arg) || !onlyLoopCalls(arg, s, 0, -1)) return null;
        }
        if (FrameUse.of(l.code).escapes) return null;
        return onlyLoopCalls(l.code.interpreted, s, 1, l.code.nparams) ? new Loop(l, s, args) : null;
    }

    /** Is n a reference to the one lambda that b binds? */
    private static boolean isSlotRef(Node n, BindNode b) {
        return b.rhs.length == 1 && b.slots[0].length == 1 && b.rhs[0] instanceof LambdaNode
            && n instanceof LocalRefNode r && r.depth == 0 && r.slot == b.slots[0][0];
    }

    /**
     * True when every use of slot s, depth frames out, in n is the operator of a tail call
     * with arity arguments (arity -1: no use at all).
     */
    private static boolean onlyLoopCalls(Node n, int s, int depth, int arity) {
        Loop inner = of(n);
        if (inner != null) {
            // An inlined inner loop: its body is one frame further in.
            return all(inner.args(), 0, s, depth, arity) && onlyLoopCalls(inner.lambda().code.interpreted, s, depth + 1, arity);
        }
        if (n instanceof ConstNode || n instanceof GlobalRefNode) {
            return true;
        }
        if (n instanceof LocalRefNode r) {
            return r.depth != depth || r.slot != s;
        }
        if (n instanceof SetLocalNode x) {
            return (x.depth != depth || x.slot != s) && onlyLoopCalls(x.value, s, depth, arity);
        }
        if (n instanceof IfNode i) {
            return onlyLoopCalls(i.test, s, depth, arity) && onlyLoopCalls(i.then, s, depth, arity)
                && onlyLoopCalls(i.otherwise, s, depth, arity);
        }
        if (n instanceof SeqNode q) {
            return all(q.body, 0, s, depth, arity);
        }
        if (n instanceof PrimAppNode p) {
            return all(p.args, 0, s, depth, arity);
        }
        if (n instanceof BindNode b) {
            return all(b.rhs, 0, s, depth, arity) && onlyLoopCalls(b.body, s, depth, arity);
        }
        if (n instanceof AppNode a) {
            boolean call = a.exprs[0] instanceof LocalRefNode r && r.depth == depth && r.slot == s;
            if (call && (!a.tail || arity < 0 || a.exprs.length - 1 != arity)) return false;
            return all(a.exprs, call ? 1 : 0, s, depth, arity);
        }
        return false;
    }

    private static boolean all(Node[] ns, int from, int s, int depth, int arity) {
        for (int i = from; i < ns.length; i++) if (!onlyLoopCalls(ns[i], s, depth, arity)) return false;
        return true;
    }

    /** Would compiling owner inline loop (a named-let loop in one of owner's tail positions)? */
    static boolean inlines(LambdaCode owner, LambdaCode loop) { return inTail(owner.interpreted, loop); }

    private static boolean inTail(Node n, LambdaCode loop) {
        Loop l = of(n);
        if (l != null) return l.lambda().code == loop || inTail(l.lambda().code.interpreted, loop);
        if (n instanceof IfNode i) {
            return inTail(i.then, loop) || inTail(i.otherwise, loop);
        }
        if (n instanceof SeqNode q) {
            return inTail(q.body[q.body.length - 1], loop);
        }
        if (n instanceof BindNode b) {
            return inTail(b.body, loop);
        }
        return false;
    }
}
