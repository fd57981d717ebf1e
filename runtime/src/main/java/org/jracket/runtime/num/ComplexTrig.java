package org.jracket.runtime.num;

/**
 * Trigonometric functions on complex arguments (and asin/acos of reals outside [-1, 1]),
 * from the textbook identities in doubles:
 * sin(x+iy) = sin x cosh y + i cos x sinh y, cos(x+iy) = cos x cosh y - i sin x sinh y,
 * asin z = -i log(iz + sqrt(1 - z^2)), acos z = pi/2 - asin z, atan z = (i/2) log((i+z)/(i-z)).
 */
final class ComplexTrig {
    private ComplexTrig() {}

    private static final Object I = Complex.make(0L, 1L);
    private static final Object MINUS_I = Complex.make(0L, -1L);

    static Object apply(Transcendental.Trig f, Object z) {
        double x = Arith.toDouble(Arith.re(z)), y = Arith.toDouble(Arith.im(z));
        switch (f) {
            case SIN: return Complex.make(Math.sin(x) * Math.cosh(y), Math.cos(x) * Math.sinh(y));
            case COS: return Complex.make(Math.cos(x) * Math.cosh(y), -Math.sin(x) * Math.sinh(y));
            case TAN: return Arith.div(apply(Transcendental.Trig.SIN, z), apply(Transcendental.Trig.COS, z));
            case ASIN: return asin(z);
            case ACOS: return Arith.sub(Math.PI / 2, asin(z));
            default: {
                Object zi = Arith.toInexact(z);
                if (Arith.numEquals(zi, I) || Arith.numEquals(zi, MINUS_I)) {
                    throw org.jracket.runtime.exn.Errors.raise(org.jracket.runtime.exn.ExnTypes.DIVIDE_BY_ZERO,
                        "atan: undefined for " + NumberPrinter.toString(z));
                }
                Object q = Arith.div(Arith.add(I, zi), Arith.sub(I, zi));
                return Arith.mul(Complex.make(0.0, 0.5), Transcendental.log(q));
            }
        }
    }

    private static Object asin(Object z) {
        Object zi = Arith.toInexact(z);
        Object root = RealMath.sqrt(Arith.sub(1.0, Arith.mul(zi, zi)));
        Object w = Transcendental.log(Arith.add(Arith.mul(I, zi), root));
        return Arith.mul(MINUS_I, w);
    }
}
