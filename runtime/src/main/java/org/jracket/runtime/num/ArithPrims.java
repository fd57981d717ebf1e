package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.prims.PrimitiveTable;

/** + - * / comparisons, max/min, add1/sub1, abs and the rounding family. */
final class ArithPrims {
    private ArithPrims() {}

    static void register(PrimitiveTable t) {
        t.add(new Variadic("+", 0L, a -> Check.number("+", a), Arith::add));
        t.add(new Variadic("-", null, Arith::negate, Arith::sub));
        t.add(new Variadic("*", 1L, a -> Check.number("*", a), Arith::mul));
        t.add(new Variadic("/", null, a -> Arith.div(1L, a), Arith::div));
        t.add(new Comparison("=", false, Arith::numEquals));
        t.add(new Comparison("<", true, (a, b) -> Arith.compare("<", a, b) == -1));
        t.add(new Comparison(">", true, (a, b) -> Arith.compare(">", a, b) == 1));
        t.add(new Comparison("<=", true, (a, b) -> { int c = Arith.compare("<=", a, b); return c == -1 || c == 0; }));
        t.add(new Comparison(">=", true, (a, b) -> { int c = Arith.compare(">=", a, b); return c == 1 || c == 0; }));
        t.add(new Variadic("max", null, a -> Check.real("max", a), (a, b) -> extreme("max", a, b, 1)));
        t.add(new Variadic("min", null, a -> Check.real("min", a), (a, b) -> extreme("min", a, b, -1)));
        t.add(Primitive.of1("add1", a -> Arith.add(Check.number("add1", a), 1L)));
        t.add(Primitive.of1("sub1", a -> Arith.sub(Check.number("sub1", a), 1L)));
        t.add(Primitive.of1("abs", a -> RealMath.abs("abs", a)));
        t.add(Primitive.of1("magnitude", a -> ComplexMath.magnitude(MathPrims.complexArg("magnitude", a))));
        t.add(Primitive.of1("floor", a -> RealMath.round("floor", a, RealMath.Mode.FLOOR)));
        t.add(Primitive.of1("ceiling", a -> RealMath.round("ceiling", a, RealMath.Mode.CEILING)));
        t.add(Primitive.of1("round", a -> RealMath.round("round", a, RealMath.Mode.ROUND)));
        t.add(Primitive.of1("truncate", a -> RealMath.round("truncate", a, RealMath.Mode.TRUNCATE)));
    }

    /**
     * max/min of two reals: NaN wins, and an inexact argument makes the result inexact
     * ({@code (max 1 2.0)} is 2.0, {@code (max 3 2.0)} is 3.0).
     */
    static Object extreme(String who, Object a, Object b, int want) {
        int c = Arith.compare(who, a, b);
        Object r;
        if (c == Arith.UNORDERED) r = a instanceof Double d && Double.isNaN(d) ? a : b;
        else r = (c == want || c == 0) ? a : b;
        return (a instanceof Double || b instanceof Double) ? Arith.toFlonum(r) : r;
    }
}
