package org.jracket.runtime.num;

/**
 * A non-real complex number. Both parts are exact, or both are flonums (Racket never mixes
 * exactness within one complex). An exact zero imaginary part makes the number real, so
 * {@link #make} returns the real part then; an inexact 0.0 imaginary part is kept.
 */
public final class Complex {
    public final Object re;
    public final Object im;

    private Complex(Object re, Object im) { this.re = re; this.im = im; }

    /** re and im are real numbers (Long, BigInteger, Ratnum or Double). */
    public static Object make(Object re, Object im) {
        if (Arith.isExactZero(im)) return re;
        if (re instanceof Double || im instanceof Double) {
            return new Complex(Arith.toFlonum(re), Arith.toFlonum(im));
        }
        return new Complex(re, im);
    }

    public boolean isExact() { return !(re instanceof Double); }

    @Override public boolean equals(Object o) {
        return o instanceof Complex c && Arith.eqv(re, c.re) && Arith.eqv(im, c.im);
    }
    @Override public int hashCode() { return Arith.equalHash(re) * 31 + Arith.equalHash(im); }
    @Override public String toString() { return NumberPrinter.toString(this, 10); }
}
