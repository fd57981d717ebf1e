package org.jracket.runtime.eval;

/**
 * A general application {@code (f arg ...)}: evaluates operator and operands left to right,
 * then calls (or, in tail position, hands the call to the enclosing call loop).
 */
final class AppNode extends Node {
    /** exprs[0] is the operator. */
    final Node[] exprs;
    final boolean tail;
    /** The call's continuation takes one value: several are Racket's result arity error. */
    final boolean single;

    AppNode(Node[] exprs, boolean tail, boolean single) { this.exprs = exprs; this.tail = tail; this.single = single; }

    @Override Object eval(Object[] f, Machine m) {
        Node[] es = exprs;
        Object fn;
        try {
            fn = es[0].eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f, new Object[es.length], 0), m);
            throw s;
        }
        if (fn instanceof Closure c && !c.code.rest && c.code.nparams == es.length - 1) return callDirect(c, f, m);
        Object[] args = new Object[es.length - 1];
        int i = 1;
        try {
            for (; i < es.length; i++) args[i - 1] = es[i].eval(f, m);
        } catch (CaptureSignal s) {
            Object[] vals = new Object[es.length];
            vals[0] = fn;
            System.arraycopy(args, 0, vals, 1, i - 1);
            s.push(new Resume(this, f, vals, i), m);
            throw s;
        }
        return tail ? m.tailCall(fn, args) : result(m.call(fn, args));
    }

    private Object result(Object v) { return single ? ValuesCheck.single(v) : v; }

    /**
     * The common case, a closure with a fixed number of parameters: operands are evaluated
     * straight into the callee's new frame, so no argument array is made.
     */
    private Object callDirect(Closure c, Object[] f, Machine m) {
        Node[] es = exprs;
        LambdaCode code = c.code;
        Object[] frame = new Object[code.frameSize];
        frame[0] = c.env;
        frame[1] = c.env[1];
        int i = 1;
        try {
            for (; i < es.length; i++) frame[i + 1] = es[i].eval(f, m);
        } catch (CaptureSignal s) {
            Object[] vals = new Object[es.length];
            vals[0] = c;
            System.arraycopy(frame, 2, vals, 1, i - 1);
            s.push(new Resume(this, f, vals, i), m);
            throw s;
        }
        if (!tail) return result(m.runBody(code.body, frame));
        m.tailBody = code.body;
        m.tailFrame = frame;
        return Machine.TAIL;
    }

    /** Continues after exprs[index] produced v, given the values before it. */
    Object continueFrom(Object[] f, Machine m, Object[] vals, int index, Object v) {
        vals[index] = ValuesCheck.single(v);
        int i = index + 1;
        try {
            for (; i < exprs.length; i++) vals[i] = exprs[i].eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f, vals.clone(), i), m);
            throw s;
        }
        Object[] args = new Object[vals.length - 1];
        System.arraycopy(vals, 1, args, 0, args.length);
        return tail ? m.tailCall(vals[0], args) : result(m.call(vals[0], args));
    }

    /** The frame recorded when exprs[i] captures, vals holding the values before it. */
    ContFrame awaitOperand(Object[] f, Object[] vals, int i) { return new Resume(this, f, vals, i); }

    private static final class Resume extends ContFrame {
        final AppNode node; final Object[] f; final Object[] vals; final int index;
        Resume(AppNode node, Object[] f, Object[] vals, int index) { this.node = node; this.f = f; this.vals = vals; this.index = index; }
        // Copy the saved values: a continuation may be resumed more than once.
        @Override Object resume(Object v, Machine m) { return node.continueFrom(f, m, vals.clone(), index, v); }
    }
}
