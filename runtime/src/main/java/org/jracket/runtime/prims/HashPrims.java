package org.jracket.runtime.prims;

import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.hash.HashKind;
import org.jracket.runtime.prims.hash.ImmutableHash;
import org.jracket.runtime.prims.hash.MutableHash;
import org.jracket.runtime.prims.hash.RHash;
import org.jracket.runtime.print.Printer;

/**
 * Hash-table primitives over {@link MutableHash} and {@link ImmutableHash}. Higher-order
 * operations (hash-map, hash-for-each, ...) are written in Racket over hash-iterate-*.
 */
public final class HashPrims {
    private HashPrims() {}

    private static final String MUTABLE = "(and/c hash? (not/c immutable?))";
    private static final String IMMUTABLE = "(and/c hash? immutable?)";

    public static void register(PrimitiveTable t) {
        // #hash(...) literals (source and read) are immutable hash tables
        org.jracket.runtime.read.ReaderHooks.hashFactory = (kind, kvs) -> {
            ImmutableHash m = ImmutableHash.empty(kind.equals("eq") ? HashKind.EQ
                    : kind.equals("eqv") ? HashKind.EQV : HashKind.EQUAL);
            for (int i = 0; i + 1 < kvs.length; i += 2) m = m.set(kvs[i], kvs[i + 1]);
            return m;
        };
        t.add(Primitive.of1("hash?", v -> Args.bool(v instanceof RHash)));
        t.add(Primitive.of1("hash-equal?", v -> Args.bool(hash("hash-equal?", v).kind() == HashKind.EQUAL)));
        t.add(Primitive.of1("hash-eqv?", v -> Args.bool(hash("hash-eqv?", v).kind() == HashKind.EQV)));
        t.add(Primitive.of1("hash-eq?", v -> Args.bool(hash("hash-eq?", v).kind() == HashKind.EQ)));
        t.add(Primitive.of1("hash-weak?", v -> Args.bool(hash("hash-weak?", v).isWeak())));
        makeMutable(t, "make-hash", HashKind.EQUAL, false);
        makeMutable(t, "make-hasheqv", HashKind.EQV, false);
        makeMutable(t, "make-hasheq", HashKind.EQ, false);
        makeMutable(t, "make-weak-hash", HashKind.EQUAL, true);
        makeMutable(t, "make-weak-hasheqv", HashKind.EQV, true);
        makeMutable(t, "make-weak-hasheq", HashKind.EQ, true);
        makeImmutable(t, "make-immutable-hash", HashKind.EQUAL);
        makeImmutable(t, "make-immutable-hasheqv", HashKind.EQV);
        makeImmutable(t, "make-immutable-hasheq", HashKind.EQ);
        literal(t, "hash", HashKind.EQUAL);
        literal(t, "hasheqv", HashKind.EQV);
        literal(t, "hasheq", HashKind.EQ);
        t.add(Primitive.ofN("hash-ref", 2, 3, HashPrims::hashRef));
        t.add(Primitive.ofN("hash-ref-key", 2, 3, a -> {
            Object k = hash("hash-ref-key", a[0], a).getKey(a[1]);
            if (k != null) return k;
            if (a.length < 3) {
                throw Errors.contractFail("hash-ref-key: hash does not contain key\n  key: " + Printer.toPrintString(a[1]));
            }
            return a[2] instanceof Procedure p ? p.apply0() : a[2];
        }));
        t.add(Primitive.of3("hash-ref!", HashPrims::hashRefBang));
        t.add(Primitive.of2("hash-has-key?", (h, k) -> Args.bool(hash("hash-has-key?", h, h, k).get(k) != null)));
        t.add(Primitive.of3("hash-set!", (h, k, v) -> { mutable("hash-set!", h, k, v).put(k, v); return VoidValue.VOID; }));
        t.add(Primitive.of3("hash-set", (h, k, v) -> immutable("hash-set", h, k, v).set(k, v)));
        t.add(Primitive.ofN("hash-set*!", 1, -1, a -> {
            MutableHash m = mutable("hash-set*!", a);
            pairsCheck("hash-set*!", a);
            for (int i = 1; i + 1 < a.length; i += 2) m.put(a[i], a[i + 1]);
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("hash-set*", 1, -1, a -> {
            ImmutableHash m = immutable("hash-set*", a);
            pairsCheck("hash-set*", a);
            for (int i = 1; i + 1 < a.length; i += 2) m = m.set(a[i], a[i + 1]);
            return m;
        }));
        t.add(Primitive.of2("hash-remove!", (h, k) -> { mutable("hash-remove!", h, k).remove(k); return VoidValue.VOID; }));
        t.add(Primitive.of2("hash-remove", (h, k) -> immutable("hash-remove", h, k).remove(k)));
        t.add(Primitive.ofN("hash-update!", 3, 4, HashPrims::updateBang));
        t.add(Primitive.ofN("hash-update", 3, 4, HashPrims::update));
        t.add(Primitive.of1("hash-count", h -> (long) hash("hash-count", h).count()));
        t.add(Primitive.of1("hash-empty?", h -> Args.bool(hash("hash-empty?", h).count() == 0)));
        t.add(Primitive.of1("hash-clear!", h -> { mutable("hash-clear!", h).clear(); return VoidValue.VOID; }));
        t.add(Primitive.of1("hash-clear", h -> {
            RHash r = hash("hash-clear", h);
            if (r instanceof ImmutableHash i) return i.clear();
            return new MutableHash(r.kind(), r.isWeak());
        }));
        t.add(Primitive.of1("hash-copy", h -> copy(hash("hash-copy", h))));
        t.add(Primitive.ofN("hash-keys", 1, 2, a -> collect(hash("hash-keys", a[0]), 0)));
        t.add(Primitive.of1("hash-values", h -> collect(hash("hash-values", h), 1)));
        t.add(Primitive.ofN("hash->list", 1, 2, a -> collect(hash("hash->list", a[0]), 2)));
        t.add(Primitive.of1("hash-iterate-first", h -> pos(hash("hash-iterate-first", h).iterFirst())));
        t.add(Primitive.of2("hash-iterate-next", HashPrims::iterNext));
        t.add(Primitive.ofN("hash-iterate-key", 2, 3, a -> iter("hash-iterate-key", a, 0)));
        t.add(Primitive.ofN("hash-iterate-value", 2, 3, a -> iter("hash-iterate-value", a, 1)));
        t.add(Primitive.ofN("hash-iterate-pair", 2, 3, a -> iter("hash-iterate-pair", a, 2)));
        t.add(Primitive.ofN("hash-iterate-key+value", 2, 3, a -> iter("hash-iterate-key+value", a, 3)));
        t.add(Primitive.of2("hash-keys-subset?", HashPrims::keysSubset));
    }

    static RHash hash(String who, Object v) {
        if (v instanceof RHash h) return h;
        throw Errors.contract(who, "hash?", v);
    }

    /** Checks args[0] is a hash, reporting all arguments on failure as Racket does. */
    private static RHash hash(String who, Object v, Object... args) {
        if (v instanceof RHash h) return h;
        throw Errors.contractArg(who, "hash?", 0, args);
    }

    private static MutableHash mutable(String who, Object... args) {
        if (args[0] instanceof MutableHash m) return m;
        throw Errors.contractArg(who, MUTABLE, 0, args);
    }

    private static ImmutableHash immutable(String who, Object... args) {
        if (args[0] instanceof ImmutableHash m) return m;
        throw Errors.contractArg(who, IMMUTABLE, 0, args);
    }

    private static void pairsCheck(String who, Object[] a) {
        if ((a.length - 1) % 2 != 0) {
            throw Errors.contractFail(who + ": expected an even number of association elements, but received an odd number of association elements\n  association elements: "
                    + Printer.toPrintString(Pair.listFrom(a, 1)));
        }
    }

    private static Object[] assocs(String who, Object[] a) {
        if (a.length == 0) return new Object[0];
        Object l = a[0];
        if (!Pair.isList(l)) throw Errors.contract(who, "(listof pair?)", l);
        Object[] items = Pair.toArray(l);
        for (Object x : items) if (!(x instanceof Pair)) throw Errors.contract(who, "(listof pair?)", l);
        return items;
    }

    private static void makeMutable(PrimitiveTable t, String name, HashKind kind, boolean weak) {
        t.add(Primitive.ofN(name, 0, 1, a -> {
            MutableHash m = new MutableHash(kind, weak);
            for (Object x : assocs(name, a)) m.put(((Pair) x).car, ((Pair) x).cdr);
            return m;
        }));
    }

    private static void makeImmutable(PrimitiveTable t, String name, HashKind kind) {
        t.add(Primitive.ofN(name, 0, 1, a -> {
            ImmutableHash m = ImmutableHash.empty(kind);
            for (Object x : assocs(name, a)) m = m.set(((Pair) x).car, ((Pair) x).cdr);
            return m;
        }));
    }

    private static void literal(PrimitiveTable t, String name, HashKind kind) {
        t.add(Primitive.ofN(name, 0, -1, a -> {
            if (a.length % 2 != 0) {
                throw Errors.contractFail(name + ": key does not have a value (i.e., an odd number of arguments were provided)\n  key: "
                        + Printer.toPrintString(a[a.length - 1]));
            }
            ImmutableHash m = ImmutableHash.empty(kind);
            for (int i = 0; i < a.length; i += 2) m = m.set(a[i], a[i + 1]);
            return m;
        }));
    }

    /** The failure result: call a procedure, else return the value itself. */
    private static Object failure(String who, Object key, Object[] a, int idx) {
        if (a.length <= idx) {
            throw Errors.contractFail(who + ": no value found for key\n  key: " + Printer.toPrintString(key));
        }
        Object f = a[idx];
        return f instanceof Procedure p ? p.apply0() : f;
    }

    private static Object hashRef(Object[] a) {
        RHash h = hash("hash-ref", a[0], a);
        Object v = h.get(a[1]);
        return v != null ? v : failure("hash-ref", a[1], a, 2);
    }

    /** Allocation-free hash-ref for callers (such as the evaluator) that have the pieces. */
    public static Object hashRef(Object h, Object key, Object fail) {
        if (h instanceof RHash r) {
            Object v = r.get(key);
            if (v != null) return v;
        }
        return fail == null ? hashRef(new Object[] {h, key}) : hashRef(new Object[] {h, key, fail});
    }

    private static Object hashRefBang(Object h, Object k, Object toSet) {
        MutableHash m = mutable("hash-ref!", h, k, toSet);
        Object v = m.get(k);
        if (v != null) return v;
        v = toSet instanceof Procedure p ? p.apply0() : toSet;
        m.put(k, v);
        return v;
    }

    private static Object updateFailure(String who, Object key, Object[] a) {
        if (a.length < 4) {
            throw Errors.contractFail(who + ": no value found for key: " + Printer.toPrintString(key));
        }
        return a[3] instanceof Procedure p ? p.apply0() : a[3];
    }

    private static Object updateBang(Object[] a) {
        MutableHash m = mutable("hash-update!", a);
        Procedure f = Args.procedure("hash-update!", a[2]);
        Object v = m.get(a[1]);
        if (v == null) v = updateFailure("hash-update!", a[1], a);
        m.put(a[1], f.apply1(v));
        return VoidValue.VOID;
    }

    private static Object update(Object[] a) {
        ImmutableHash m = immutable("hash-update", a);
        Procedure f = Args.procedure("hash-update", a[2]);
        Object v = m.get(a[1]);
        if (v == null) v = updateFailure("hash-update", a[1], a);
        return m.set(a[1], f.apply1(v));
    }

    public static RHash copy(RHash r) {
        if (r instanceof MutableHash m) return m.copy();
        MutableHash m = new MutableHash(r.kind(), false);
        r.forEach(m::put);
        return m;
    }

    /** what: 0 keys, 1 values, 2 (key . value) pairs; in iteration order. */
    private static Object collect(RHash h, int what) {
        Object[] out = new Object[h.count()];
        int[] n = {0};
        h.forEach((k, v) -> {
            if (n[0] < out.length) out[n[0]++] = what == 0 ? k : what == 1 ? v : new Pair(k, v);
        });
        Object r = Null.NULL;
        for (int i = n[0] - 1; i >= 0; i--) r = new Pair(out[i], r);
        return r;
    }

    private static Object pos(int p) { return p < 0 ? Boolean.FALSE : (Object) (long) p; }

    private static int position(String who, Object p) {
        if (p instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) return (int) (long) l;
        if (Args.isExactNonNegInteger(p)) return Integer.MAX_VALUE;
        throw Errors.contract(who, "exact-nonnegative-integer?", p);
    }

    private static RuntimeException noElement(String who, Object p) {
        return Errors.contractFail(who + ": no element at index\n  index: " + Printer.toPrintString(p));
    }

    private static Object iterNext(Object h, Object p) {
        RHash r = hash("hash-iterate-next", h);
        int n = r.iterNext(position("hash-iterate-next", p));
        if (n == -2) throw noElement("hash-iterate-next", p);
        return pos(n);
    }

    /** what: 0 key, 1 value, 2 pair, 3 key+value (two values). */
    private static Object iter(String who, Object[] a, int what) {
        RHash r = hash(who, a[0]);
        int p = position(who, a[1]);
        Object k = r.iterKey(p);
        Object v = k == null ? null : r.iterValue(p);
        if (k == null || v == null) {
            if (a.length > 2) return a[2];
            throw noElement(who, a[1]);
        }
        return switch (what) {
            case 0 -> k;
            case 1 -> v;
            case 2 -> new Pair(k, v);
            default -> MultipleValues.of(new Object[] {k, v});
        };
    }

    private static Object keysSubset(Object a, Object b) {
        RHash x = hash("hash-keys-subset?", a), y = hash("hash-keys-subset?", b);
        if (x.kind() != y.kind()) {
            throw Errors.contractFail("hash-keys-subset?: given hash tables do not use the same key comparison\n  first table: "
                    + Printer.toPrintString(x) + "\n  second table: " + Printer.toPrintString(y));
        }
        if (x.count() > y.count()) return Boolean.FALSE;
        boolean[] ok = {true};
        x.forEach((k, v) -> { if (ok[0] && y.get(k) == null) ok[0] = false; });
        return Args.bool(ok[0]);
    }
}
