package org.jracket.runtime.prims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructProperty;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.print.Printer;

/**
 * Struct types, instances and properties: make-struct-type and friends. A prop:procedure
 * value given as a field index is stored as the ABSOLUTE field index (a Long), so the
 * evaluator can read {@code struct.fields[idx]} directly.
 */
public final class StructPrims {
    private StructPrims() {}

    private static final Symbol PREFAB = Symbol.of("prefab");
    private static final Symbol DOTS = Symbol.of("...");
    /** General accessor/mutator of each type, for struct-type-info. */
    private static final Map<StructType, StructProc[]> PROCS = Collections.synchronizedMap(new WeakHashMap<>());

    public static void register(PrimitiveTable t) {
        // #s(...) literals (source and read) are instances of the interned prefab types
        org.jracket.runtime.read.ReaderHooks.prefabFactory = (key, fields) -> Prefab.isKey(key)
                ? new org.jracket.runtime.data.Struct(Prefab.typeForKey("read", key, fields.length), fields.clone())
                : null;
        t.add(Primitive.ofN("make-struct-type", 4, 11, StructPrims::makeStructType));
        t.add(Primitive.ofN("make-struct-field-accessor", 2, 3, a -> fieldProc("make-struct-field-accessor", a, true)));
        t.add(Primitive.ofN("make-struct-field-mutator", 2, 3, a -> fieldProc("make-struct-field-mutator", a, false)));
        t.add(Primitive.ofN("make-struct-type-property", 1, 4, StructPrims::makeProperty));
        t.add(Primitive.of1("struct?", v -> Args.bool(v instanceof Struct s && Equality.isInspectable(s.type))));
        t.add(Primitive.of1("struct-type?", v -> Args.bool(v instanceof StructType)));
        t.add(Primitive.of1("struct-type-property?", v -> Args.bool(v instanceof StructProperty)));
        t.add(Primitive.ofN("struct->vector", 1, 2, a -> structToVector(a[0], a.length > 1 ? a[1] : DOTS)));
        t.add(Primitive.of1("struct-type-info", StructPrims::structTypeInfo));
        t.add(Primitive.of1("struct-info", v -> v instanceof Struct s && Equality.isInspectable(s.type)
                ? MultipleValues.of(new Object[] {s.type, Boolean.FALSE})
                : MultipleValues.of(new Object[] {Boolean.FALSE, Boolean.TRUE})));
        t.add(Primitive.ofN("make-prefab-struct", 1, -1, a -> {
            StructType st = Prefab.typeForKey("make-prefab-struct", a[0], a.length - 1);
            Object[] f = new Object[a.length - 1];
            System.arraycopy(a, 1, f, 0, f.length);
            return new Struct(st, f);
        }));
        t.add(Primitive.of1("prefab-struct-key", v -> v instanceof Struct s && s.type.prefabKey != null ? s.type.prefabKey : Boolean.FALSE));
        t.add(Primitive.of2("prefab-key->struct-type", (k, n) -> {
            if (!(n instanceof Long c) || c < 0) throw Errors.contract("prefab-key->struct-type", "exact-nonnegative-integer?", n);
            return Prefab.typeForKey("prefab-key->struct-type", k, (int) (long) c);
        }));
        t.add(Primitive.of1("prefab-key?", k -> Args.bool(Prefab.isKey(k))));
        t.add(Primitive.ofN("make-inspector", 0, 1, a -> new Inspector(a.length > 0 && a[0] instanceof Inspector i ? i : Inspector.current())));
        t.add(Primitive.of1("inspector?", v -> Args.bool(v instanceof Inspector)));
        t.put("current-inspector", Inspector.CURRENT);
        t.put("prop:procedure", StructProps.PROCEDURE);
        t.put("prop:custom-write", StructProps.CUSTOM_WRITE);
        t.put("prop:custom-print-quotable", StructProps.CUSTOM_PRINT_QUOTABLE);
        t.put("prop:equal+hash", StructProps.EQUAL_HASH);
        t.put("prop:evt", StructProps.EVT);
        t.put("prop:object-name", StructProps.OBJECT_NAME);
        t.put("prop:exn:srclocs", StructProps.EXN_SRCLOCS);
        t.put("prop:input-port", StructProps.INPUT_PORT);
        t.put("prop:output-port", StructProps.OUTPUT_PORT);
        t.put("prop:authentic", StructProps.AUTHENTIC);
        t.put("prop:checked-procedure", StructProps.CHECKED_PROCEDURE);
        t.put("prop:impersonator-of", StructProps.IMPERSONATOR_OF);
        t.put("prop:method-arity-error", StructProps.METHOD_ARITY_ERROR);
        t.put("prop:arity-string", StructProps.ARITY_STRING);
        t.put("prop:incomplete-arity", StructProps.INCOMPLETE_ARITY);
        t.put("prop:sealed", StructProps.SEALED);
    }

    /** The procedure to call when applying s, or null when s is not applicable. */
    public static Object applicableProcedure(Struct s) {
        Object p = s.type.prop(StructProps.PROCEDURE);
        return p instanceof Long idx ? s.fields[(int) (long) idx] : p;
    }

    private static Object arg(Object[] a, int i, Object dflt) { return a.length > i ? a[i] : dflt; }

    private static int count(String who, Object v) {
        if (v instanceof Long l && l >= 0 && l < 32768) return (int) (long) l;
        throw Errors.contract(who, "(integer-in 0 32768)", v);
    }

    /**
     * (make-struct-type name super init-cnt auto-cnt [auto-v props inspector proc-spec
     * immutables guard constructor-name]) → 5 values.
     */
    private static Object makeStructType(Object[] a) {
        String who = "make-struct-type";
        Symbol name = Args.symbol(who, a[0]);
        StructType parent = null;
        if (a[1] instanceof StructType st) parent = st;
        else if (a[1] != Boolean.FALSE) throw Errors.contract(who, "(or/c struct-type? #f)", a[1]);
        int initCnt = count(who, a[2]);
        int autoCnt = count(who, a[3]);
        Object autoV = arg(a, 4, Boolean.FALSE);
        Object props = arg(a, 5, Null.NULL);
        Object insp = arg(a, 6, Inspector.current());
        Object procSpec = arg(a, 7, Boolean.FALSE);
        Object immutables = arg(a, 8, Null.NULL);
        Object guard = arg(a, 9, Boolean.FALSE);
        Object ctorName = arg(a, 10, Boolean.FALSE);
        if (guard != Boolean.FALSE && !(guard instanceof Procedure)) throw Errors.contract(who, "(or/c procedure? #f)", guard);
        boolean[] imm = new boolean[initCnt + autoCnt];
        for (Object x : Args.list(who, immutables)) {
            if (!(x instanceof Long i) || i < 0 || i >= initCnt) {
                throw Errors.contract(who, "(listof exact-nonnegative-integer?)", immutables);
            }
            imm[(int) (long) i] = true;
        }
        if (insp == PREFAB) {
            StructType st = Prefab.intern(name, parent, initCnt, autoCnt, autoV, imm);
            return MultipleValues.of(results(st, ctorName));
        }
        Object storedInspector = insp == Boolean.FALSE || (insp instanceof Inspector i && i != Inspector.current())
                ? Boolean.FALSE : insp;
        Map<StructProperty, Object> map = new LinkedHashMap<>();
        if (parent != null) map.putAll(parent.props);
        StructType st = new StructType(name, parent, initCnt, autoCnt, autoV, map, storedInspector, null, imm, guard);
        Object[] rs = results(st, ctorName);
        // Properties are attached after the type exists so that guards can see its accessors.
        List<StructProperty> seen = new ArrayList<>();
        Object info = Pair.list(name, (long) initCnt, (long) autoCnt, rs[3], rs[4],
                immutablesList(imm), parent == null ? Boolean.FALSE : parent, Boolean.FALSE);
        for (Object x : Args.list(who, props)) {
            if (!(x instanceof Pair p) || !(p.car instanceof StructProperty prop)) {
                throw Errors.contract(who, "(listof (cons/c struct-type-property? any/c))", props);
            }
            if (seen.contains(prop)) {
                throw Errors.contractFail(who + ": duplicate property binding\n  property: " + Printer.toPrintString(prop));
            }
            seen.add(prop);
            attach(st, map, prop, p.cdr, info, initCnt);
        }
        if (procSpec != Boolean.FALSE) {
            if (seen.contains(StructProps.PROCEDURE)) {
                throw Errors.contractFail(who + ": duplicate property binding\n  property: " + Printer.toPrintString(StructProps.PROCEDURE));
            }
            attach(st, map, StructProps.PROCEDURE, procSpec, info, initCnt);
        }
        return MultipleValues.of(rs);
    }

    private static void attach(StructType st, Map<StructProperty, Object> map, StructProperty prop, Object val,
                               Object info, int initCnt) {
        if (prop.guard instanceof Procedure g) val = g.apply2(val, info);
        if (prop == StructProps.PROCEDURE && val instanceof Long idx) {
            if (idx < 0 || idx >= initCnt) {
                throw Errors.contractFail("make-struct-type: index for procedure >= initialized-field count\n  index: "
                        + idx + "\n  field count: " + initCnt);
            }
            val = (long) (st.fieldOffset() + idx);
        }
        map.put(prop, val);
        for (Object s = prop.supers; s instanceof Pair p; s = p.cdr) {
            if (p.car instanceof Pair sp && sp.car instanceof StructProperty superProp && sp.cdr instanceof Procedure f) {
                attach(st, map, superProp, f.apply1(val), info, initCnt);
            }
        }
    }

    private static Object immutablesList(boolean[] imm) {
        List<Object> l = new ArrayList<>();
        for (int i = 0; i < imm.length; i++) if (imm[i]) l.add((long) i);
        return Pair.list(l.toArray());
    }

    private static Object[] results(StructType st, Object ctorName) {
        String n = st.name.name;
        String cname = ctorName instanceof Symbol s ? s.name : "make-" + n;
        StructProc acc = new StructProc(n + "-ref", st, StructProc.Kind.ACCESSOR, -1);
        StructProc mut = new StructProc(n + "-set!", st, StructProc.Kind.MUTATOR, -1);
        PROCS.put(st, new StructProc[] {acc, mut});
        return new Object[] {st, constructor(st, cname), Primitive.of1(n + "?", v -> Args.bool(v instanceof Struct s && s.type.isSubtypeOf(st))), acc, mut};
    }

    /** Types from the root ancestor down to st. */
    private static List<StructType> chain(StructType st) {
        List<StructType> l = new ArrayList<>();
        for (StructType x = st; x != null; x = x.parent) l.add(0, x);
        return l;
    }

    private static Primitive constructor(StructType st, String cname) {
        List<StructType> chain = chain(st);
        int totalInit = 0;
        boolean anyGuard = false;
        for (StructType x : chain) { totalInit += x.initFieldCount; anyGuard |= x.guard instanceof Procedure; }
        // argIndex → field index, and which fields are automatic
        int[] slot = new int[totalInit];
        int k = 0;
        for (StructType x : chain) for (int i = 0; i < x.initFieldCount; i++) slot[k++] = x.fieldOffset() + i;
        boolean guarded = anyGuard;
        return Primitive.ofN(cname, totalInit, totalInit, args -> {
            Object[] in = guarded ? runGuards(st, args, cname) : args;
            Object[] f = new Object[st.totalFieldCount];
            for (StructType x : chain) {
                for (int i = 0; i < x.autoFieldCount; i++) f[x.fieldOffset() + x.initFieldCount + i] = x.autoValue;
            }
            for (int i = 0; i < in.length; i++) f[slot[i]] = in[i];
            return new Struct(st, f);
        });
    }

    /** Guards run from the subtype up; each sees the init values of its type and ancestors. */
    private static Object[] runGuards(StructType st, Object[] args, String cname) {
        Object[] cur = args.clone();
        Symbol nm = st.name;
        for (StructType x = st; x != null; x = x.parent) {
            if (!(x.guard instanceof Procedure g)) continue;
            int n = 0;
            for (StructType y = x; y != null; y = y.parent) n += y.initFieldCount;
            Object[] in = new Object[n + 1];
            System.arraycopy(cur, 0, in, 0, n);
            in[n] = nm;
            Object[] out = MultipleValues.toArray(g.apply(in));
            if (out.length != n) {
                throw Errors.contractFail(cname + ": result arity mismatch;\n expected number of values not received\n  expected: "
                        + n + "\n  received: " + out.length);
            }
            System.arraycopy(out, 0, cur, 0, n);
        }
        return cur;
    }

    private static Object fieldProc(String who, Object[] a, boolean accessor) {
        StructProc.Kind want = accessor ? StructProc.Kind.ACCESSOR : StructProc.Kind.MUTATOR;
        if (!(a[0] instanceof StructProc p) || p.kind != want) {
            throw Errors.contract(who, accessor ? "struct-accessor-procedure?" : "struct-mutator-procedure?", a[0]);
        }
        int idx = p.ownIndex(who, a[1]);
        Object fname = arg(a, 2, Boolean.FALSE);
        String tn = p.type.name.name;
        String field = fname instanceof Symbol s ? s.name : null;
        String name = accessor
                ? (field != null ? tn + "-" + field : tn + "-field" + idx)
                : (field != null ? "set-" + tn + "-" + field + "!" : "set-" + tn + "-field" + idx + "!");
        return new StructProc(name, p.type, accessor ? StructProc.Kind.FIELD_ACCESSOR : StructProc.Kind.FIELD_MUTATOR, idx);
    }

    /** (make-struct-type-property name [guard supers can-impersonate?]) → property, predicate, accessor */
    private static Object makeProperty(Object[] a) {
        String who = "make-struct-type-property";
        Symbol name = Args.symbol(who, a[0]);
        Object guard = arg(a, 1, Boolean.FALSE);
        Object supers = arg(a, 2, Null.NULL);
        if (guard != Boolean.FALSE && !(guard instanceof Procedure) && guard != Symbol.of("can-impersonate")) {
            throw Errors.contract(who, "(or/c procedure? #f 'can-impersonate)", guard);
        }
        StructProperty prop = new StructProperty(name, guard instanceof Procedure ? guard : Boolean.FALSE, supers);
        String pn = name.name + "?";
        String an = name.name + "-accessor";
        Primitive pred = Primitive.of1(pn, v -> Args.bool(propValue(prop, v) != null));
        Primitive acc = Primitive.ofN(an, 1, 2, x -> {
            Object r = propValue(prop, x[0]);
            if (r != null) return r;
            if (x.length > 1) return x[1] instanceof Procedure f ? f.apply0() : x[1];
            throw Errors.contract(an, pn, x[0]);
        });
        return MultipleValues.of(new Object[] {prop, pred, acc});
    }

    private static Object propValue(StructProperty prop, Object v) {
        if (v instanceof Struct s) return s.type.prop(prop);
        if (v instanceof StructType t) return t.prop(prop);
        return null;
    }

    public static Object structToVector(Object v, Object opaque) {
        if (!(v instanceof Struct s)) return new MVector(new Object[] {Symbol.of("struct:simple"), opaque}, false);
        Symbol tag = Symbol.of("struct:" + s.type.name.name);
        if (!Equality.isInspectable(s.type)) return new MVector(new Object[] {tag, opaque}, false);
        Object[] items = new Object[s.fields.length + 1];
        items[0] = tag;
        System.arraycopy(s.fields, 0, items, 1, s.fields.length);
        return new MVector(items, false);
    }

    private static Object structTypeInfo(Object v) {
        if (!(v instanceof StructType st)) throw Errors.contract("struct-type-info", "struct-type?", v);
        if (!Equality.isInspectable(st)) {
            throw Errors.contractFail("struct-type-info: current inspector cannot extract info for structure type\n  structure type: "
                    + Printer.toPrintString(st));
        }
        StructProc[] ps = PROCS.get(st);
        Object acc = ps == null ? Boolean.FALSE : ps[0], mut = ps == null ? Boolean.FALSE : ps[1];
        return MultipleValues.of(new Object[] {st.name, (long) st.initFieldCount, (long) st.autoFieldCount, acc, mut,
                immutablesList(st.immutable), st.parent == null ? Boolean.FALSE : st.parent, Boolean.FALSE});
    }

    /** The 5 values of make-struct-type for a type made in Java (exn types, prefab types). */
    public static Object[] procsFor(StructType st, String ctorName) { return results(st, ctorName); }
}
