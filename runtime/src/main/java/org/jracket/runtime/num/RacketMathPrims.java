package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.prims.PrimitiveTable;

/** The racket/math library functions that are numeric primitives here. */
final class RacketMathPrims {
    private RacketMathPrims() {}

    static void register(PrimitiveTable t) {
        t.put("pi", Math.PI);
        t.put("pi.f", Math.PI);   // Racket CS has no single-flonums: pi.f is the flonum pi
        t.add(Primitive.of1("nan?", a -> Check.bool(Check.real("nan?", a) instanceof Double d && Double.isNaN(d))));
        t.add(Primitive.of1("infinite?", a -> Check.bool(Check.real("infinite?", a) instanceof Double d && Double.isInfinite(d))));
        t.add(Primitive.of1("sqr", a -> Arith.mul(Check.number("sqr", a), a)));
        t.add(Primitive.of1("sgn", MathPrims::sgn));
        t.add(Primitive.of1("exact-round", a -> exactly("exact-round", a, RealMath.Mode.ROUND)));
        t.add(Primitive.of1("exact-floor", a -> exactly("exact-floor", a, RealMath.Mode.FLOOR)));
        t.add(Primitive.of1("exact-ceiling", a -> exactly("exact-ceiling", a, RealMath.Mode.CEILING)));
        t.add(Primitive.of1("exact-truncate", a -> exactly("exact-truncate", a, RealMath.Mode.TRUNCATE)));
        t.add(Primitive.of1("order-of-magnitude", MathPrims::orderOfMagnitude));
        t.add(Primitive.of1("natural?", a -> Check.bool(Ints.isExactInteger(a) && Ints.signum(a) >= 0)));
        t.add(Primitive.of1("positive-integer?", a -> Check.bool(Check.isInteger(a) && Arith.sign(a) > 0)));
        t.add(Primitive.of1("negative-integer?", a -> Check.bool(Check.isInteger(a) && Arith.sign(a) < 0)));
        t.add(Primitive.of1("nonnegative-integer?", a -> Check.bool(Check.isInteger(a) && Arith.sign(a) >= 0)));
        t.add(Primitive.of1("nonpositive-integer?", a -> Check.bool(Check.isInteger(a) && Arith.sign(a) <= 0)));
        t.add(Primitive.of1("sinh", a -> hyperbolic("sinh", a)));
        t.add(Primitive.of1("cosh", a -> hyperbolic("cosh", a)));
        t.add(Primitive.of1("tanh", a -> hyperbolic("tanh", a)));
        t.add(Primitive.of1("degrees->radians", a -> Arith.toDouble(Check.real("degrees->radians", a)) * Math.PI / 180));
        t.add(Primitive.of1("radians->degrees", a -> Arith.toDouble(Check.real("radians->degrees", a)) * 180 / Math.PI));
    }

    private static Object exactly(String who, Object a, RealMath.Mode mode) {
        return Arith.toExact(who, RealMath.round(who, Check.rational(who, a), mode));
    }

    private static Object hyperbolic(String who, Object a) {
        Check.number(who, a);
        if (Arith.isExactZero(a)) return who.equals("cosh") ? 1L : 0L;
        if (a instanceof Complex) {
            Object ea = Transcendental.exp(a), eb = Transcendental.exp(Arith.negate(a));
            Object s = Arith.div(Arith.sub(ea, eb), 2L), c = Arith.div(Arith.add(ea, eb), 2L);
            return who.equals("sinh") ? s : who.equals("cosh") ? c : Arith.div(s, c);
        }
        double x = Arith.toDouble(a);
        return who.equals("sinh") ? Math.sinh(x) : who.equals("cosh") ? Math.cosh(x) : Math.tanh(x);
    }
}
