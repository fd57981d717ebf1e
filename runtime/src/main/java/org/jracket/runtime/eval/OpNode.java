package org.jracket.runtime.eval;

import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.num.Arith;
import org.jracket.runtime.prims.Equality;

/**
 * Intrinsic applications of the hottest primitives (fixnum/flonum arithmetic, comparisons,
 * pairs): the operation is done inline with a fast path for the common types, instead of
 * through the primitive's generic call chain. Anything unusual (other types, errors) falls
 * back to the primitive itself, so results and error messages are exactly the primitive's.
 * One class with a switch keeps each node's call site monomorphic for the JIT.
 */
final class OpNode extends PrimAppNode {
    enum Op { ADD, SUB, MUL, LT, GT, LE, GE, NUM_EQ, EQ, CONS, ADD1, SUB1, ZEROP, CAR, CDR, NULLP, PAIRP, NOT,
              FL_ADD, FL_SUB, FL_MUL, FL_DIV, FL_LT, FL_GT }

    private final Op op;
    private final Node a0, a1;

    private OpNode(Op op, Primitive prim, Node[] args) {
        super(prim, args);
        this.op = op;
        this.a0 = args[0];
        this.a1 = args.length > 1 ? args[1] : null;
    }

    /** An intrinsic node for prim applied to args, or null if there is none. */
    static Node make(Primitive prim, Node[] args) {
        Op op = switch (args.length) {
            case 1 -> switch (prim.name) {
                case "add1" -> Op.ADD1; case "sub1" -> Op.SUB1; case "zero?" -> Op.ZEROP;
                case "car", "unsafe-car" -> Op.CAR; case "cdr", "unsafe-cdr" -> Op.CDR;
                case "null?" -> Op.NULLP; case "pair?" -> Op.PAIRP; case "not" -> Op.NOT;
                default -> null;
            };
            case 2 -> switch (prim.name) {
                case "+" -> Op.ADD; case "-" -> Op.SUB; case "*" -> Op.MUL;
                case "<" -> Op.LT; case ">" -> Op.GT; case "<=" -> Op.LE; case ">=" -> Op.GE; case "=" -> Op.NUM_EQ;
                case "eq?" -> Op.EQ; case "cons" -> Op.CONS;
                case "fl+", "unsafe-fl+" -> Op.FL_ADD; case "fl-", "unsafe-fl-" -> Op.FL_SUB;
                case "fl*", "unsafe-fl*" -> Op.FL_MUL; case "fl/", "unsafe-fl/" -> Op.FL_DIV;
                case "fl<", "unsafe-fl<" -> Op.FL_LT; case "fl>", "unsafe-fl>" -> Op.FL_GT;
                default -> null;
            };
            default -> null;
        };
        return op == null ? null : new OpNode(op, prim, args);
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
        return a1 == null ? unary(x) : binary(x, y);
    }

    private Object unary(Object x) {
        switch (op) {
            case CAR: if (x instanceof Pair p) return p.car; break;
            case CDR: if (x instanceof Pair p) return p.cdr; break;
            case NULLP: return x == Null.NULL;
            case PAIRP: return x instanceof Pair;
            case NOT: return x == Boolean.FALSE;
            case ADD1: if (x instanceof Long a && a != Long.MAX_VALUE) return a + 1; break;
            case SUB1: if (x instanceof Long a && a != Long.MIN_VALUE) return a - 1; break;
            case ZEROP: if (x instanceof Long a) return a == 0; break;
            default: break;
        }
        return prim.apply1(x);
    }

    private Object binary(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            long p = a, q = b;
            switch (op) {
                case ADD: { long r = p + q; if (((p ^ r) & (q ^ r)) >= 0) return r; break; }
                case SUB: { long r = p - q; if (((p ^ q) & (p ^ r)) >= 0) return r; break; }
                case MUL: { long hi = Math.multiplyHigh(p, q), r = p * q; if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return r; break; }
                case LT: return p < q;
                case GT: return p > q;
                case LE: return p <= q;
                case GE: return p >= q;
                case NUM_EQ: return p == q;
                default: break;
            }
        } else if (x instanceof Double a && y instanceof Double b) {
            double p = a, q = b;
            switch (op) {
                case ADD: case FL_ADD: return p + q;
                case SUB: case FL_SUB: return p - q;
                case MUL: case FL_MUL: return p * q;
                case FL_DIV: return p / q;
                case LT: case FL_LT: return p < q;
                case GT: case FL_GT: return p > q;
                case LE: return p <= q;
                case GE: return p >= q;
                case NUM_EQ: return p == q;
                default: break;
            }
        }
        switch (op) {
            case EQ: return Equality.eq(x, y);
            case CONS: return new Pair(x, y);
            case ADD: return Arith.add(x, y);
            case SUB: return Arith.sub(x, y);
            default: return prim.apply2(x, y);
        }
    }
}
