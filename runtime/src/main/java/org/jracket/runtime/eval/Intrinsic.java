package org.jracket.runtime.eval;

import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.num.Arith;
import org.jracket.runtime.prims.Equality;

/**
 * The inline fast paths of the hottest primitives, shared by the interpreter's
 * {@link OpNode} and by compiled bodies ({@link BodyCompiler} calls these statically, and
 * the JIT inlines them). Each handles the common fixnum/flonum/pair case itself and hands
 * anything else to the primitive, so results and error messages are exactly the primitive's.
 */
final class Intrinsic {
    private Intrinsic() {}

    /** The name of the intrinsic for prim applied to argc arguments, or null. */
    static String forPrimitive(String prim, int argc) {
        return switch (argc) {
            case 1 -> switch (prim) {
                case "add1" -> "add1"; case "sub1" -> "sub1"; case "zero?" -> "zerop";
                case "car", "unsafe-car" -> "car"; case "cdr", "unsafe-cdr" -> "cdr";
                case "null?" -> "nullp"; case "pair?" -> "pairp"; case "not" -> "not";
                default -> null;
            };
            case 2 -> switch (prim) {
                case "+" -> "add"; case "-" -> "sub"; case "*" -> "mul";
                case "<" -> "lt"; case ">" -> "gt"; case "<=" -> "le"; case ">=" -> "ge"; case "=" -> "numEq";
                case "eq?" -> "eq"; case "cons" -> "cons";
                case "fl+", "unsafe-fl+" -> "flAdd"; case "fl-", "unsafe-fl-" -> "flSub";
                case "fl*", "unsafe-fl*" -> "flMul"; case "fl/", "unsafe-fl/" -> "flDiv";
                case "fl<", "unsafe-fl<" -> "flLt"; case "fl>", "unsafe-fl>" -> "flGt";
                default -> null;
            };
            default -> null;
        };
    }

    static Object car(Object x, Primitive p) { return x instanceof Pair q ? q.car : p.apply1(x); }
    static Object cdr(Object x, Primitive p) { return x instanceof Pair q ? q.cdr : p.apply1(x); }
    static Object nullp(Object x, Primitive p) { return x == Null.NULL; }
    static Object pairp(Object x, Primitive p) { return x instanceof Pair; }
    static Object not(Object x, Primitive p) { return x == Boolean.FALSE; }
    static Object add1(Object x, Primitive p) { return x instanceof Long a && a != Long.MAX_VALUE ? (Object) (a + 1) : p.apply1(x); }
    static Object sub1(Object x, Primitive p) { return x instanceof Long a && a != Long.MIN_VALUE ? (Object) (a - 1) : p.apply1(x); }
    static Object zerop(Object x, Primitive p) { return x instanceof Long a ? (Object) (a == 0) : p.apply1(x); }

    static Object add(Object x, Object y, Primitive p) {
        if (x instanceof Long a && y instanceof Long b) {
            long u = a, v = b, r = u + v;
            if (((u ^ r) & (v ^ r)) >= 0) return r;
        } else if (x instanceof Double a && y instanceof Double b) {
            return a + b;
        }
        return Arith.add(x, y);
    }

    static Object sub(Object x, Object y, Primitive p) {
        if (x instanceof Long a && y instanceof Long b) {
            long u = a, v = b, r = u - v;
            if (((u ^ v) & (u ^ r)) >= 0) return r;
        } else if (x instanceof Double a && y instanceof Double b) {
            return a - b;
        }
        return Arith.sub(x, y);
    }

    static Object mul(Object x, Object y, Primitive p) {
        if (x instanceof Long a && y instanceof Long b) {
            long u = a, v = b, hi = Math.multiplyHigh(u, v), r = u * v;
            if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return r;
        } else if (x instanceof Double a && y instanceof Double b) {
            return a * b;
        }
        return p.apply2(x, y);
    }

    static Object lt(Object x, Object y, Primitive p) {
        if (x instanceof Long a && y instanceof Long b) return (long) a < b;
        if (x instanceof Double a && y instanceof Double b) return (double) a < b;
        return p.apply2(x, y);
    }

    static Object gt(Object x, Object y, Primitive p) {
        if (x instanceof Long a && y instanceof Long b) return (long) a > b;
        if (x instanceof Double a && y instanceof Double b) return (double) a > b;
        return p.apply2(x, y);
    }

    static Object le(Object x, Object y, Primitive p) {
        if (x instanceof Long a && y instanceof Long b) return (long) a <= b;
        if (x instanceof Double a && y instanceof Double b) return (double) a <= b;
        return p.apply2(x, y);
    }

    static Object ge(Object x, Object y, Primitive p) {
        if (x instanceof Long a && y instanceof Long b) return (long) a >= b;
        if (x instanceof Double a && y instanceof Double b) return (double) a >= b;
        return p.apply2(x, y);
    }

    static Object numEq(Object x, Object y, Primitive p) {
        if (x instanceof Long a && y instanceof Long b) return (long) a == b;
        if (x instanceof Double a && y instanceof Double b) return (double) a == b;
        return p.apply2(x, y);
    }

    static Object eq(Object x, Object y, Primitive p) { return Equality.eq(x, y); }
    static Object cons(Object x, Object y, Primitive p) { return new Pair(x, y); }

    static Object flAdd(Object x, Object y, Primitive p) { return x instanceof Double a && y instanceof Double b ? (Object) (a + b) : p.apply2(x, y); }
    static Object flSub(Object x, Object y, Primitive p) { return x instanceof Double a && y instanceof Double b ? (Object) (a - b) : p.apply2(x, y); }
    static Object flMul(Object x, Object y, Primitive p) { return x instanceof Double a && y instanceof Double b ? (Object) (a * b) : p.apply2(x, y); }
    static Object flDiv(Object x, Object y, Primitive p) { return x instanceof Double a && y instanceof Double b ? (Object) (a / b) : p.apply2(x, y); }
    static Object flLt(Object x, Object y, Primitive p) { return x instanceof Double a && y instanceof Double b ? (Object) (a < b) : p.apply2(x, y); }
    static Object flGt(Object x, Object y, Primitive p) { return x instanceof Double a && y instanceof Double b ? (Object) (a > b) : p.apply2(x, y); }
}
