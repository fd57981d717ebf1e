package org.jracket.runtime.num;

import static org.jracket.runtime.num.Arith.add;
import static org.jracket.runtime.num.Arith.mul;
import static org.jracket.runtime.num.Arith.sub;

/** Operations specific to non-real complex numbers. */
public final class ComplexMath {
    private ComplexMath() {}

    /** a / b where at least one is complex and b is not exact zero. */
    static Object div(Object a, Object b) {
        Object ar = Arith.re(a), ai = Arith.im(a);
        if (!(b instanceof Complex cb)) return Complex.make(Arith.div(ar, b), Arith.div(ai, b));
        if (Arith.isExact(a) && cb.isExact()) {
            Object den = add(mul(cb.re, cb.re), mul(cb.im, cb.im));
            Object re = add(mul(ar, cb.re), mul(ai, cb.im));
            Object im = sub(mul(ai, cb.re), mul(ar, cb.im));
            return Complex.make(Arith.div(re, den), Arith.div(im, den));
        }
        // Smith's algorithm: avoids overflow in c*c + d*d.
        double x = Arith.toDouble(ar), y = Arith.toDouble(ai);
        double c = Arith.toDouble(cb.re), d = Arith.toDouble(cb.im);
        double re, im;
        if (Math.abs(c) >= Math.abs(d)) {
            double r = d / c, den = c + d * r;
            re = (x + y * r) / den;
            im = (y - x * r) / den;
        } else {
            double r = c / d, den = c * r + d;
            re = (x * r + y) / den;
            im = (y * r - x) / den;
        }
        return Complex.make(re, im);
    }

    public static Object makePolar(Object mag, Object ang) {
        if (Arith.isExactZero(ang)) return mag;
        double a = Arith.toDouble(ang);
        return Complex.make(mul(mag, Math.cos(a)), mul(mag, Math.sin(a)));
    }

    public static Object magnitude(Object z) {
        if (!(z instanceof Complex c)) return Arith.isReal(z) ? RealMath.abs("magnitude", z) : z;
        if (c.isExact()) {
            if (Arith.isExactZero(c.re)) return RealMath.abs("magnitude", c.im);
            return RealMath.sqrt(add(mul(c.re, c.re), mul(c.im, c.im)));
        }
        return Math.hypot((Double) c.re, (Double) c.im);
    }

    public static Object angle(Object z) {
        if (z instanceof Complex c) return Math.atan2(Arith.toDouble(c.im), Arith.toDouble(c.re));
        if (z instanceof Double d) {
            if (Double.isNaN(d)) return d;
            return (d > 0 || (d == 0 && Double.doubleToRawLongBits(d) == 0)) ? 0L : (Object) Math.PI;
        }
        int s = Arith.sign(z);
        if (s == 0) throw org.jracket.runtime.exn.Errors.divideByZero("angle");
        return s > 0 ? (Object) 0L : (Object) Math.PI;
    }
}
