package org.jracket.runtime.prims;

import org.jracket.runtime.data.MPair;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.print.Printer;

/**
 * First-order pair and list primitives. Higher-order list functions (map, foldl, sort, ...)
 * are written in Racket so that continuations can pass through them.
 */
public final class ListPrims {
    private ListPrims() {}

    public static void register(PrimitiveTable t) {
        t.put("null", Null.NULL);
        t.add(Primitive.of1("pair?", v -> Args.bool(v instanceof Pair)));
        t.add(Primitive.of1("null?", v -> Args.bool(v == Null.NULL)));
        t.add(Primitive.of2("cons", Pair::new));
        t.add(Primitive.of1("car", ListPrims::car));
        t.add(Primitive.of1("cdr", ListPrims::cdr));
        for (String path : new String[] {"aa", "ad", "da", "dd", "aaa", "aad", "ada", "add", "daa", "dad", "dda", "ddd",
                "aaaa", "aaad", "aada", "aadd", "adaa", "adad", "adda", "addd",
                "daaa", "daad", "dada", "dadd", "ddaa", "ddad", "ddda", "dddd"}) {
            t.add(cxr(path));
        }
        t.add(Primitive.of1("list?", v -> Args.bool(Pair.isList(v))));
        t.add(Primitive.ofN("list", 0, -1, a -> Pair.listFrom(a, 0)));
        t.add(Primitive.ofN("list*", 1, -1, ListPrims::listStar));
        t.add(Primitive.of1("length", ListPrims::length));
        t.add(Primitive.ofN("append", 0, -1, ListPrims::append));
        t.add(Primitive.of1("reverse", ListPrims::reverse));
        t.add(Primitive.of2("list-ref", ListPrims::listRef));
        t.add(Primitive.of2("list-tail", ListPrims::listTail));
        t.add(Primitive.of2("memq", (v, l) -> mem("memq", v, l, 0, null)));
        t.add(Primitive.of2("memv", (v, l) -> mem("memv", v, l, 1, null)));
        t.add(Primitive.ofN("member", 2, 3, a -> mem("member", a[0], a[1], 2, a.length > 2 ? Args.procedure("member", a[2]) : null)));
        t.add(Primitive.of2("assq", (v, l) -> ass("assq", v, l, 0, null)));
        t.add(Primitive.of2("assv", (v, l) -> ass("assv", v, l, 1, null)));
        t.add(Primitive.of2("memw", (v, l) -> mem("memw", v, l, 3, null)));
        t.add(Primitive.of2("assw", (v, l) -> ass("assw", v, l, 3, null)));
        t.add(Primitive.ofN("assoc", 2, 3, a -> ass("assoc", a[0], a[1], 2, a.length > 2 ? Args.procedure("assoc", a[2]) : null)));
        t.add(Primitive.of1("last-pair", ListPrims::lastPair));
        t.add(Primitive.of2("mcons", MPair::new));
        t.add(Primitive.of1("mpair?", v -> Args.bool(v instanceof MPair)));
        t.add(Primitive.of1("mcar", v -> mpair("mcar", v).car));
        t.add(Primitive.of1("mcdr", v -> mpair("mcdr", v).cdr));
        t.add(Primitive.of2("set-mcar!", (p, v) -> { mpair("set-mcar!", p).car = v; return VoidValue.VOID; }));
        t.add(Primitive.of2("set-mcdr!", (p, v) -> { mpair("set-mcdr!", p).cdr = v; return VoidValue.VOID; }));
    }

    public static Object car(Object v) {
        if (v instanceof Pair p) return p.car;
        throw Errors.contract("car", "pair?", v);
    }

    public static Object cdr(Object v) {
        if (v instanceof Pair p) return p.cdr;
        throw Errors.contract("cdr", "pair?", v);
    }

    private static MPair mpair(String who, Object v) {
        if (v instanceof MPair p) return p;
        throw Errors.contract(who, "mpair?", v);
    }

    /** c[ad]+r: path letters as in the name, applied right to left. */
    private static Primitive cxr(String path) {
        String name = "c" + path + "r";
        String contract = cxrContract(new StringBuilder(path).reverse().toString());
        return Primitive.of1(name, v -> {
            Object x = v;
            for (int i = path.length() - 1; i >= 0; i--) {
                if (!(x instanceof Pair p)) throw Errors.contract(name, contract, v);
                x = path.charAt(i) == 'a' ? p.car : p.cdr;
            }
            return x;
        });
    }

    /** The shape the argument must have, given the accesses in application order. */
    private static String cxrContract(String ops) {
        if (ops.length() == 1) return "pair?";
        String rest = cxrContract(ops.substring(1));
        return ops.charAt(0) == 'a' ? "(cons/c " + rest + " any/c)" : "(cons/c any/c " + rest + ")";
    }

    private static Object listStar(Object[] a) {
        Object r = a[a.length - 1];
        for (int i = a.length - 2; i >= 0; i--) r = new Pair(a[i], r);
        return r;
    }

    private static Object length(Object v) {
        int n = Pair.length(v);
        if (n < 0) throw Errors.contract("length", "list?", v);
        return (long) n;
    }

    private static Object append(Object[] a) {
        if (a.length == 0) return Null.NULL;
        for (int i = 0; i < a.length - 1; i++) {
            if (!Pair.isList(a[i])) throw Errors.contract("append", "list?", a[i]);
        }
        Object r = a[a.length - 1];
        for (int i = a.length - 2; i >= 0; i--) {
            Object[] items = Pair.toArray(a[i]);
            for (int j = items.length - 1; j >= 0; j--) r = new Pair(items[j], r);
        }
        return r;
    }

    private static Object reverse(Object v) {
        Object r = Null.NULL;
        Object x = v;
        while (x instanceof Pair p) { r = new Pair(p.car, r); x = p.cdr; }
        if (x != Null.NULL) throw Errors.contract("reverse", "list?", v);
        return r;
    }

    /** Walks n cdrs with list-ref/list-tail's error messages; returns the tail reached. */
    private static Object walk(String who, Object list, Object idx, boolean needPair) {
        if (!Args.isExactNonNegInteger(idx)) {
            throw Errors.contractFail(who + ": index " + Printer.toPrintString(idx) + " is not an exact nonnegative integer");
        }
        long n = idx instanceof Long l ? l : Long.MAX_VALUE;
        Object x = list;
        for (long i = 0; i < n || needPair; i++) {
            if (x instanceof Pair p) {
                if (i == n) return p;
                x = p.cdr;
            } else {
                String what = x == Null.NULL ? "index too large for list" : "index reaches a non-pair";
                throw Errors.arguments(who, what, "index", idx, "in", list);
            }
        }
        return x;
    }

    private static Object listRef(Object list, Object idx) {
        return ((Pair) walk("list-ref", list, idx, true)).car;
    }

    private static Object listTail(Object list, Object idx) { return walk("list-tail", list, idx, false); }

    /** mode: 0 eq?, 1 eqv?, 2 equal? (or proc when non-null). */
    static boolean same(int mode, Procedure proc, Object a, Object b) {
        if (proc != null) return Args.truthy(proc.apply2(a, b));
        return mode == 0 ? Equality.eq(a, b) : mode == 1 ? Equality.eqv(a, b)
             : mode == 2 ? Equality.equal(a, b) : Equality.equalAlways(a, b);
    }

    private static Object mem(String who, Object v, Object list, int mode, Procedure proc) {
        Object x = list;
        while (x instanceof Pair p) {
            if (same(mode, proc, v, p.car)) return p;
            x = p.cdr;
        }
        if (x != Null.NULL) throw Errors.contractFail(who + ": not a proper list\n  in: " + Printer.toPrintString(list));
        return Boolean.FALSE;
    }

    private static Object ass(String who, Object v, Object list, int mode, Procedure proc) {
        Object x = list;
        while (x instanceof Pair p) {
            if (!(p.car instanceof Pair entry)) {
                throw Errors.contractFail(who + ": non-pair found in list\n  non-pair: "
                        + Printer.toPrintString(p.car) + "\n  list: " + Printer.toPrintString(list));
            }
            if (same(mode, proc, v, entry.car)) return entry;
            x = p.cdr;
        }
        if (x != Null.NULL) throw Errors.contractFail(who + ": not a proper list: " + Printer.toPrintString(list));
        return Boolean.FALSE;
    }

    private static Object lastPair(Object v) {
        if (!(v instanceof Pair p)) throw Errors.contract("last-pair", "pair?", v);
        while (p.cdr instanceof Pair q) p = q;
        return p;
    }
}
