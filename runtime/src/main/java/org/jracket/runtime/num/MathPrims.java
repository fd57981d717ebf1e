package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** exp/log/expt/trig/sqrt and the complex-number constructors and accessors. */
final class MathPrims {
    private MathPrims() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.of1("exp", Transcendental::exp));
        t.add(Primitive.ofN("log", 1, 2, a -> a.length == 1 ? Transcendental.log(a[0]) : Transcendental.log(a[0], a[1])));
        t.add(Primitive.of2("expt", Transcendental::expt));
        t.add(Primitive.of1("sqrt", a -> RealMath.sqrt(Check.number("sqrt", a))));
        t.add(Primitive.of1("sin", a -> Transcendental.trig(Transcendental.Trig.SIN, a)));
        t.add(Primitive.of1("cos", a -> Transcendental.trig(Transcendental.Trig.COS, a)));
        t.add(Primitive.of1("tan", a -> Transcendental.trig(Transcendental.Trig.TAN, a)));
        t.add(Primitive.of1("asin", a -> Transcendental.trig(Transcendental.Trig.ASIN, a)));
        t.add(Primitive.of1("acos", a -> Transcendental.trig(Transcendental.Trig.ACOS, a)));
        t.add(Primitive.ofN("atan", 1, 2, a -> a.length == 1
            ? Transcendental.trig(Transcendental.Trig.ATAN, a[0]) : Transcendental.atan2(a[0], a[1])));
        t.add(Primitive.of2("make-rectangular", (a, b) -> Complex.make(Check.real("make-rectangular", a), Check.real("make-rectangular", b))));
        t.add(Primitive.of2("make-polar", (a, b) -> ComplexMath.makePolar(Check.real("make-polar", a), Check.real("make-polar", b))));
        t.add(Primitive.of1("real-part", a -> Arith.re(complexArg("real-part", a))));
        t.add(Primitive.of1("imag-part", a -> Arith.im(complexArg("imag-part", a))));
        t.add(Primitive.of1("angle", a -> ComplexMath.angle(complexArg("angle", a))));
        t.add(Primitive.of1("conjugate", MathPrims::conjugate));
    }

    static Object complexArg(String who, Object a) {
        if (!Arith.isNumber(a)) throw Errors.contract(who, "complex-number?", a);
        return a;
    }

    static Object conjugate(Object z) {
        Check.number("conjugate", z);
        return z instanceof Complex c ? Complex.make(c.re, Arith.negate(c.im)) : z;
    }

    /** Racket's sgn: exact -1/0/1 for exact reals; flonums keep their sign, zero and NaN. */
    static Object sgn(Object x) {
        Check.real("sgn", x);
        if (x instanceof Double d) return (d == 0 || Double.isNaN(d)) ? d : (Object) Math.signum(d);
        return (long) Arith.sign(x);
    }

    /** The m with 10^m &lt;= r &lt; 10^(m+1), computed exactly. */
    static Object orderOfMagnitude(Object r) {
        if (!Arith.isReal(r) || Arith.sign(r) <= 0 || (r instanceof Double d && (Double.isInfinite(d) || Double.isNaN(d)))) {
            throw Errors.contract("order-of-magnitude", "(and/c (>/c 0.0) (not/c +inf.0))", r);
        }
        Object q = Arith.toExact("order-of-magnitude", r);
        long m = (long) Math.floor(Transcendental.realLog(q) / Math.log(10));
        while (Arith.compare("order-of-magnitude", Transcendental.exactPower(10L, m), q) > 0) m--;
        while (Arith.compare("order-of-magnitude", Transcendental.exactPower(10L, m + 1), q) <= 0) m++;
        return m;
    }
}
