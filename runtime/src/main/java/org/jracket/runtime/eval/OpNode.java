package org.jracket.runtime.eval;

import org.jracket.runtime.data.Primitive;

/**
 * Intrinsic applications of the hottest primitives (fixnum/flonum arithmetic, comparisons,
 * pairs): the operation is done inline by {@link Intrinsic} with a fast path for the common
 * types, instead of through the primitive's generic call chain. One class with a switch
 * keeps each node's call site monomorphic for the JIT.
 */
final class OpNode extends PrimAppNode {
    enum Op { ADD, SUB, MUL, LT, GT, LE, GE, NUM_EQ, EQ, CONS, ADD1, SUB1, ZEROP, CAR, CDR, NULLP, PAIRP, NOT,
              FL_ADD, FL_SUB, FL_MUL, FL_DIV, FL_LT, FL_GT }

    private final Op op;
    /** The {@link Intrinsic} method that implements this node (used by the BodyCompiler). */
    final String intrinsic;
    private final Node a0, a1;

    private OpNode(Op op, String intrinsic, Primitive prim, Node[] args) {
        super(prim, args);
        this.op = op;
        this.intrinsic = intrinsic;
        this.a0 = args[0];
        this.a1 = args.length > 1 ? args[1] : null;
    }

    /** An intrinsic node for prim applied to args, or null if there is none. */
    static Node make(Primitive prim, Node[] args) {
        String name = Intrinsic.forPrimitive(prim.name, args.length);
        if (name == null) return null;
        Op op = switch (name) {
            case "add1" -> Op.ADD1; case "sub1" -> Op.SUB1; case "zerop" -> Op.ZEROP; case "car" -> Op.CAR;
            case "cdr" -> Op.CDR; case "nullp" -> Op.NULLP; case "pairp" -> Op.PAIRP; case "not" -> Op.NOT;
            case "add" -> Op.ADD; case "sub" -> Op.SUB; case "mul" -> Op.MUL; case "lt" -> Op.LT; case "gt" -> Op.GT;
            case "le" -> Op.LE; case "ge" -> Op.GE; case "numEq" -> Op.NUM_EQ; case "eq" -> Op.EQ; case "cons" -> Op.CONS;
            case "flAdd" -> Op.FL_ADD; case "flSub" -> Op.FL_SUB; case "flMul" -> Op.FL_MUL; case "flDiv" -> Op.FL_DIV;
            case "flLt" -> Op.FL_LT; case "flGt" -> Op.FL_GT;
            default -> throw new IllegalStateException(name);
        };
        return new OpNode(op, name, prim, args);
    }

    @Override Object eval(Object[] f, Machine m) {
        Object x = null, y = null;
        int i = 0;
        try {
            x = a0.eval(f, m);
            if (a1 != null) {
                i = 1;
                y = a1.eval(f, m);
            }
        } catch (CaptureSignal s) {
            Object[] vals = new Object[args.length];
            vals[0] = x;
            throw resumeLater(s, f, m, vals, i);
        }
        Primitive p = prim;
        return switch (op) {
            case CAR -> Intrinsic.car(x, p); case CDR -> Intrinsic.cdr(x, p);
            case NULLP -> Intrinsic.nullp(x, p); case PAIRP -> Intrinsic.pairp(x, p); case NOT -> Intrinsic.not(x, p);
            case ADD1 -> Intrinsic.add1(x, p); case SUB1 -> Intrinsic.sub1(x, p); case ZEROP -> Intrinsic.zerop(x, p);
            case ADD -> Intrinsic.add(x, y, p); case SUB -> Intrinsic.sub(x, y, p); case MUL -> Intrinsic.mul(x, y, p);
            case LT -> Intrinsic.lt(x, y, p); case GT -> Intrinsic.gt(x, y, p);
            case LE -> Intrinsic.le(x, y, p); case GE -> Intrinsic.ge(x, y, p); case NUM_EQ -> Intrinsic.numEq(x, y, p);
            case EQ -> Intrinsic.eq(x, y, p); case CONS -> Intrinsic.cons(x, y, p);
            case FL_ADD -> Intrinsic.flAdd(x, y, p); case FL_SUB -> Intrinsic.flSub(x, y, p);
            case FL_MUL -> Intrinsic.flMul(x, y, p); case FL_DIV -> Intrinsic.flDiv(x, y, p);
            case FL_LT -> Intrinsic.flLt(x, y, p); case FL_GT -> Intrinsic.flGt(x, y, p);
        };
    }
}
