package org.jracket.runtime.prims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.ArityErrorHandlers;
import org.jracket.runtime.exn.Errors;

/** Procedure arity: procedure?, procedure-arity(-mask/-includes?), and the arity-at-least struct. */
public final class ArityPrims {
    private ArityPrims() {}

    /** Racket's transparent {@code arity-at-least} struct with its one field, value. */
    public static final StructType ARITY_AT_LEAST = new StructType(Symbol.of("arity-at-least"), null, 1, 0,
            Boolean.FALSE, Map.of(), Boolean.FALSE, null, new boolean[] {true}, Boolean.FALSE);

    public static void register(PrimitiveTable t) {
        Object[] procs = StructPrims.procsFor(ARITY_AT_LEAST, "arity-at-least");
        t.put("struct:arity-at-least", ARITY_AT_LEAST);
        t.put("arity-at-least", procs[1]);
        t.put("make-arity-at-least", procs[1]);
        t.add((Primitive) procs[2]);
        t.add(Primitive.of1("arity-at-least-value", v -> {
            if (v instanceof Struct s && s.type == ARITY_AT_LEAST) return s.fields[0];
            throw Errors.contract("arity-at-least-value", "arity-at-least?", v);
        }));
        t.add(Primitive.of1("procedure?", v -> Args.bool(isProcedure(v))));
        t.add(Primitive.of1("procedure-arity?", v -> Args.bool(isArity(v))));
        t.add(Primitive.ofN("procedure-arity-mask", 1, 1, a -> (long) mask("procedure-arity-mask", a[0])));
        t.add(Primitive.of1("procedure-arity", p -> arityOfMask(mask("procedure-arity", p))));
        registerAdjusters(t);
        t.add(Primitive.ofN("procedure-arity-includes?", 2, 3, a -> {
            long m = mask("procedure-arity-includes?", a[0]);
            if (!Args.isExactNonNegInteger(a[1])) throw Errors.contract("procedure-arity-includes?", "exact-nonnegative-integer?", a[1]);
            long k = a[1] instanceof Long l ? l : Long.MAX_VALUE;
            return Args.bool(k < 63 ? (m & (1L << k)) != 0 : m < 0);
        }));
    }

    private static String nameOf(Object p) {
        return p instanceof Procedure proc ? proc.name() : null;
    }

    private static void registerAdjusters(PrimitiveTable t) {
        t.add(Primitive.ofN("procedure-reduce-arity", 2, 4, a -> {
            long have = mask("procedure-reduce-arity", a[0]);
            long want = maskOfArity("procedure-reduce-arity", a[1]);
            if ((want & ~have) != 0) {
                throw Errors.contractFail("procedure-reduce-arity: arity of procedure does not include requested arity\n  procedure: "
                        + org.jracket.runtime.print.Printer.toPrintString(a[0]) + "\n  requested arity: "
                        + org.jracket.runtime.print.Printer.toPrintString(a[1]));
            }
            return new AdjustedProcedure(a[0], want, a.length > 2 && a[2] != Boolean.FALSE ? a[2].toString() : nameOf(a[0]));
        }));
        t.add(Primitive.ofN("procedure-reduce-arity-mask", 2, 4, a -> new AdjustedProcedure(a[0], (Long) a[1],
            a.length > 2 && a[2] != Boolean.FALSE ? a[2].toString() : nameOf(a[0]))));
        t.add(Primitive.ofN("procedure-rename", 2, 3, a ->
            new AdjustedProcedure(a[0], mask("procedure-rename", a[0]), a[1].toString())));
        // kw.rkt's keyword procedures report the arity errors of their positional entries
        // (ArityErrorHandlers)
        t.put("#%prop:arity-error-reporter", ArityErrorHandlers.REPORTER);
        t.add(Primitive.of2("#%set-arity-error-owner!", (proc, owner) -> {
            if (!(proc instanceof Procedure p)) throw Errors.contract("#%set-arity-error-owner!", "procedure?", proc);
            ArityErrorHandlers.set(p, owner);
            return org.jracket.runtime.data.VoidValue.VOID;
        }));
        t.add(Primitive.of1("#%arity-error-owner", p -> {
            Object o = p instanceof Procedure proc ? ArityErrorHandlers.of(proc) : null;
            return o == null ? Boolean.FALSE : o;
        }));
        // racket/contract's wrapper (call) of a contracted procedure: it has the original's name
        // and the contract's arity, and its arity errors list the arguments, as a lambda's do.
        t.add(Primitive.of3("#%contracted-procedure", (call, original, arity) ->
            new AdjustedProcedure(call, maskOfArity("#%contracted-procedure", arity), nameOf(original), true)));
    }

    private static Object atLeast(Object v) { return new Struct(ARITY_AT_LEAST, new Object[] {v}); }

    public static boolean isProcedure(Object v) {
        return v instanceof Procedure || (v instanceof Struct s && s.type.prop(StructProps.PROCEDURE) != null);
    }

    /** The arity mask of a procedure or applicable struct. */
    public static long mask(String who, Object p) {
        if (p instanceof Procedure proc) return proc.arityMask();
        if (p instanceof Struct s) {
            Object f = s.type.prop(StructProps.PROCEDURE);
            if (f instanceof Long) {
                Object target = StructPrims.applicableProcedure(s);
                return target instanceof Procedure tp ? tp.arityMask() : 0;
            }
            if (f instanceof Procedure fp) return fp.arityMask() >> 1; // the struct itself is the first argument
        }
        throw Errors.contract(who, "procedure?", p);
    }

    /** Normalized arity as procedure-arity returns it: n, (arity-at-least n) or a list. */
    public static Object arityOfMask(long m) {
        if (m == 0) return Null.NULL;
        if (m > 0 && Long.bitCount(m) == 1) return (long) Long.numberOfTrailingZeros(m);
        int min = Long.numberOfTrailingZeros(m);
        if (m < 0 && m == (-1L << min)) return atLeast((long) min);
        List<Object> parts = new ArrayList<>();
        long x = m;
        for (int i = 0; i < 64; i++) {
            if (x < 0 && x == (-1L << i)) { parts.add(atLeast((long) i)); break; }
            if ((x & (1L << i)) != 0) { parts.add((long) i); x &= ~(1L << i); }
            if (x == 0) break;
        }
        return Pair.list(parts.toArray());
    }

    /** Is v an arity: a natural number, an arity-at-least, or a list of those? */
    static boolean isArity(Object v) {
        if (v == Null.NULL || v instanceof Pair) {
            for (Object l = v; l != Null.NULL; l = ((Pair) l).cdr) {
                if (!(l instanceof Pair p) || !isSingleArity(p.car)) return false;
            }
            return true;
        }
        return isSingleArity(v);
    }

    private static boolean isSingleArity(Object v) {
        return Args.isExactNonNegInteger(v)
            || (v instanceof Struct s && s.type == ARITY_AT_LEAST && Args.isExactNonNegInteger(s.fields[0]));
    }

    /** Mask of an arity value: n, (arity-at-least n), or a list of those. */
    public static long maskOfArity(String who, Object a) {
        if (a instanceof Long n && n >= 0) return n < 63 ? 1L << n : 0;
        if (a instanceof Struct s && s.type == ARITY_AT_LEAST && s.fields[0] instanceof Long n && n >= 0) {
            return n < 63 ? -1L << n : 0;
        }
        if (a == Null.NULL || a instanceof Pair) {
            long m = 0;
            for (Object x : Args.list(who, a)) m |= maskOfArity(who, x);
            return m;
        }
        throw Errors.contract(who, "procedure-arity?", a);
    }

    static Object values(Object[] a) { return MultipleValues.of(a.clone()); }
}
