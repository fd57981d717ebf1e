package org.jracket.runtime.eval;

import org.jracket.runtime.data.Primitive;

/**
 * Application of a known primitive: no operator lookup and no call loop, since a
 * primitive cannot capture continuations or make tail calls. Small arities avoid the
 * argument array.
 */
abstract class PrimAppNode extends Node {
    final Primitive prim;
    final Node[] args;
    /**
     * The continuation takes one value and the primitive may return several ({@code values},
     * or one that returns what a procedure it calls returns): a result of several is Racket's
     * result arity error. Intrinsics return one value.
     */
    boolean single;

    PrimAppNode(Primitive prim, Node[] args) { this.prim = prim; this.args = args; }

    static Node make(Primitive prim, Node[] args, boolean single) {
        Node intrinsic = OpNode.make(prim, args);
        if (intrinsic != null) return intrinsic;
        PrimAppNode n = switch (args.length) {
            case 0 -> new Zero(prim, args);
            case 1 -> new One(prim, args);
            case 2 -> new Two(prim, args);
            default -> new Many(prim, args);
        };
        n.single = single;
        return n;
    }

    final Object result(Object v) { return single ? ValuesCheck.single(v) : v; }

    /** For subclasses: records where operand evaluation stopped, to go on when resumed. */
    final CaptureSignal resumeLater(CaptureSignal s, Object[] f, Machine m, Object[] vals, int index) {
        s.push(new Resume(this, f, vals.clone(), index), m);
        return s;
    }

    /** Evaluates the operands from index start (earlier ones are in vals); then applies. */
    Object from(Object[] f, Machine m, Object[] vals, int start) {
        int i = start;
        try {
            for (; i < args.length; i++) vals[i] = args[i].eval(f, m);
        } catch (CaptureSignal s) {
            s.push(new Resume(this, f, vals.clone(), i), m);
            throw s;
        }
        return result(prim.apply(vals));
    }

    /** The frame recorded when operand i captures, vals holding the operands before it. */
    ContFrame awaitOperand(Object[] f, Object[] vals, int i) { return new Resume(this, f, vals, i); }

    private static final class Resume extends ContFrame {
        final PrimAppNode node; final Object[] f; final Object[] vals; final int index;
        Resume(PrimAppNode node, Object[] f, Object[] vals, int index) { this.node = node; this.f = f; this.vals = vals; this.index = index; }
        @Override Object resume(Object v, Machine m) {
            Object[] vs = vals.clone();
            vs[index] = ValuesCheck.single(v);
            return node.from(f, m, vs, index + 1);
        }
    }

    static final class Zero extends PrimAppNode {
        Zero(Primitive p, Node[] a) { super(p, a); }
        @Override Object eval(Object[] f, Machine m) { return result(prim.apply0()); }
    }

    static final class One extends PrimAppNode {
        final Node a0;
        One(Primitive p, Node[] a) { super(p, a); a0 = a[0]; }
        @Override Object eval(Object[] f, Machine m) {
            Object x;
            try {
                x = a0.eval(f, m);
            } catch (CaptureSignal s) {
                s.push(new Resume(this, f, new Object[1], 0), m);
                throw s;
            }
            return result(prim.apply1(x));
        }
    }

    static final class Two extends PrimAppNode {
        final Node a0, a1;
        Two(Primitive p, Node[] a) { super(p, a); a0 = a[0]; a1 = a[1]; }
        @Override Object eval(Object[] f, Machine m) {
            Object x = null, y;
            int i = 0;
            try {
                x = a0.eval(f, m);
                i = 1;
                y = a1.eval(f, m);
            } catch (CaptureSignal s) {
                s.push(new Resume(this, f, new Object[] {x, null}, i), m);
                throw s;
            }
            return result(prim.apply2(x, y));
        }
    }

    static final class Many extends PrimAppNode {
        Many(Primitive p, Node[] a) { super(p, a); }
        @Override Object eval(Object[] f, Machine m) { return from(f, m, new Object[args.length], 0); }
    }
}
