package org.jracket.runtime.num;

import java.math.BigInteger;

/** Racket's printed form of numbers (the same for print, write and display). */
public final class NumberPrinter {
    private NumberPrinter() {}

    /**
     * num in the given radix (2, 8, 10 or 16). Inexact numbers only print in radix 10; callers
     * such as number->string must check that first.
     */
    public static String toString(Object num, int radix) {
        if (num instanceof Long l) return Long.toString(l, radix);
        if (num instanceof Double d) return FlonumPrinter.toString(d);
        if (num instanceof BigInteger b) return b.toString(radix);
        if (num instanceof Ratnum r) return r.num.toString(radix) + "/" + r.den.toString(radix);
        if (num instanceof Complex c) {
            String im = toString(c.im, radix);
            char first = im.charAt(0);
            return toString(c.re, radix) + (first == '-' || first == '+' ? "" : "+") + im + "i";
        }
        throw new IllegalArgumentException("not a number: " + num);
    }

    public static String toString(Object num) { return toString(num, 10); }
}
