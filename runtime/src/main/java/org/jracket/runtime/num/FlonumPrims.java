package org.jracket.runtime.num;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** racket/flonum (and the unsafe-fl variants, which here are checked too). */
final class FlonumPrims {
    private FlonumPrims() {}

    private interface DoubleTest { boolean test(double a, double b); }

    static void register(PrimitiveTable t) {
        for (String prefix : new String[] {"", "unsafe-"}) {
            t.add(arith(prefix + "fl+", 0.0, x -> x, Double::sum));
            t.add(arith(prefix + "fl-", null, x -> -x, (a, b) -> a - b));
            t.add(arith(prefix + "fl*", 1.0, x -> x, (a, b) -> a * b));
            t.add(arith(prefix + "fl/", null, x -> 1.0 / x, (a, b) -> a / b));
            t.add(compare(prefix + "fl=", (a, b) -> a == b));
            t.add(compare(prefix + "fl<", (a, b) -> a < b));
            t.add(compare(prefix + "fl>", (a, b) -> a > b));
            t.add(compare(prefix + "fl<=", (a, b) -> a <= b));
            t.add(compare(prefix + "fl>=", (a, b) -> a >= b));
            t.add(arith(prefix + "flmin", null, x -> x, (a, b) -> Double.isNaN(a) || a < b ? a : b));
            t.add(arith(prefix + "flmax", null, x -> x, (a, b) -> Double.isNaN(a) || a > b ? a : b));
            t.add(unary(prefix + "flabs", Math::abs));
            t.add(unary(prefix + "flsqrt", Math::sqrt));
            t.add(unary(prefix + "flexp", Math::exp));
            t.add(unary(prefix + "fllog", Math::log));
            t.add(unary(prefix + "flsin", Math::sin));
            t.add(unary(prefix + "flcos", Math::cos));
            t.add(unary(prefix + "fltan", Math::tan));
            t.add(unary(prefix + "flasin", Math::asin));
            t.add(unary(prefix + "flacos", Math::acos));
            t.add(unary(prefix + "flatan", Math::atan));
            t.add(unary(prefix + "flfloor", Math::floor));
            t.add(unary(prefix + "flceiling", Math::ceil));
            t.add(unary(prefix + "flround", Math::rint));
            t.add(unary(prefix + "fltruncate", x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
            t.add(unary(prefix + "flsingle", x -> (double) (float) x));
            String expt = prefix + "flexpt";
            t.add(Primitive.of2(expt, (a, b) -> Math.pow(Check.flonum(expt, a), Check.flonum(expt, b))));
            NumVectorPrims.register(t, prefix, NumVectorPrims.FL);
        }
        t.add(Primitive.of1("->fl", a -> {
            if (a instanceof Long l) return (double) l;
            if (a instanceof BigInteger b) return b.doubleValue();
            throw Errors.contract("->fl", "exact-integer?", a);
        }));
        t.add(Primitive.of1("fl->exact-integer", a -> {
            if (!(a instanceof Double d) || !Check.isInteger(a)) throw Errors.contract("fl->exact-integer", "(and/c flonum? integer?)", a);
            return Arith.exactOf(d);
        }));
        t.add(Primitive.of1("flreal-part", a -> a instanceof Complex c && !c.isExact() ? c.re : Check.flonum("flreal-part", a)));
        t.add(Primitive.of1("flimag-part", a -> a instanceof Complex c && !c.isExact() ? c.im : (Object) (Check.flonum("flimag-part", a) * 0.0)));
        t.add(Primitive.of2("make-flrectangular", (a, b) -> Complex.make(Check.flonum("make-flrectangular", a), Check.flonum("make-flrectangular", b))));
    }

    private static Primitive unary(String name, DoubleUnaryOperator f) {
        return Primitive.of1(name, a -> f.applyAsDouble(Check.flonum(name, a)));
    }

    private static Primitive arith(String name, Double zeroArgs, DoubleUnaryOperator one, DoubleBinaryOperator op) {
        return new Variadic(name, zeroArgs, a -> one.applyAsDouble(Check.flonum(name, a)),
            (a, b) -> op.applyAsDouble(Check.flonum(name, a), Check.flonum(name, b)));
    }

    private static Primitive compare(String name, DoubleTest test) {
        return Primitive.ofN(name, 1, -1, args -> {
            for (Object a : args) Check.flonum(name, a);
            for (int i = 0; i + 1 < args.length; i++) {
                if (!test.test((Double) args[i], (Double) args[i + 1])) return Boolean.FALSE;
            }
            return Boolean.TRUE;
        });
    }
}
