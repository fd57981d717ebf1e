package org.jracket.runtime.num;

import org.jracket.runtime.data.Primitive;

/**
 * A chained numeric comparison (= &lt; &gt; &lt;= &gt;=) of one or more arguments. As in
 * Racket, every argument is type-checked even after the answer is known to be false.
 */
final class Comparison extends Primitive {
    interface Test { boolean test(Object a, Object b); }

    private final Test test;
    private final boolean realsOnly;

    Comparison(String name, boolean realsOnly, Test test) {
        super(name, 1, -1);
        this.test = test; this.realsOnly = realsOnly;
    }

    private void check(Object a) {
        if (realsOnly) Check.real(name, a); else Check.number(name, a);
    }

    @Override public Object apply1(Object a) { check(a); return Boolean.TRUE; }
    @Override public Object apply2(Object a, Object b) { return Check.bool(test.test(a, b)); }

    @Override public Object apply(Object[] args) {
        if (args.length == 0) throw arityError(args);
        if (args.length == 2) return apply2(args[0], args[1]);
        for (Object a : args) check(a);
        boolean result = true;
        for (int i = 0; i + 1 < args.length && result; i++) result = test.test(args[i], args[i + 1]);
        return Check.bool(result);
    }
}
