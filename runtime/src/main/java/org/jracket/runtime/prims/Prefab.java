package org.jracket.runtime.prims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;

/**
 * Prefab struct types: interned process-wide by their shape, so every {@code #s(...)} with
 * the same key shares one type. The key stored in {@code StructType.prefabKey} is Racket's
 * canonical form: a bare symbol, or {@code (name [(auto-n auto-v)] [#(mutable ...)] parent-name
 * parent-count ...)}.
 */
final class Prefab {
    private Prefab() {}

    private static final Map<String, StructType> TABLE = new ConcurrentHashMap<>();

    private static String shape(Symbol name, StructType parent, int initCnt, int autoCnt, Object autoV, boolean[] imm) {
        StringBuilder sb = new StringBuilder(name.name).append('/').append(initCnt).append('/').append(autoCnt)
            .append('/').append(autoCnt > 0 ? Equality.equalHash(autoV) : 0).append('/');
        for (boolean b : imm) sb.append(b ? 'i' : 'm');
        if (parent != null) sb.append('|').append(System.identityHashCode(parent));
        return sb.toString();
    }

    static StructType intern(Symbol name, StructType parent, int initCnt, int autoCnt, Object autoV, boolean[] imm) {
        if (parent != null && parent.prefabKey == null) {
            throw Errors.contractFail("make-struct-type: generative supertype disallowed for non-generative structure type\n  supertype: "
                    + org.jracket.runtime.print.Printer.toPrintString(parent));
        }
        return TABLE.computeIfAbsent(shape(name, parent, initCnt, autoCnt, autoV, imm), s -> {
            boolean[] own = imm.length == initCnt + autoCnt ? imm : java.util.Arrays.copyOf(imm, initCnt + autoCnt);
            Object key = key(name, parent, initCnt, autoCnt, autoV, own);
            return new StructType(name, parent, initCnt, autoCnt, autoV, Map.of(), Boolean.FALSE, key, own, Boolean.FALSE);
        });
    }

    private static Object key(Symbol name, StructType parent, int initCnt, int autoCnt, Object autoV, boolean[] imm) {
        List<Object> parts = new ArrayList<>();
        segment(parts, name, autoCnt, autoV, imm, initCnt);
        if (parent != null) {
            Object pk = parent.prefabKey;
            if (pk instanceof Symbol) { parts.add(pk); parts.add((long) parent.initFieldCount); }
            else {
                // parent key (pname parts...) gains its count after its name
                Object[] p = Pair.toArray(pk);
                parts.add(p[0]);
                parts.add((long) parent.initFieldCount);
                for (int i = 1; i < p.length; i++) parts.add(p[i]);
            }
        }
        return parts.size() == 1 ? parts.get(0) : Pair.list(parts.toArray());
    }

    private static void segment(List<Object> parts, Symbol name, int autoCnt, Object autoV, boolean[] imm, int initCnt) {
        parts.add(name);
        if (autoCnt > 0) parts.add(Pair.list((long) autoCnt, autoV));
        List<Object> mut = new ArrayList<>();
        for (int i = 0; i < initCnt; i++) if (!imm[i]) mut.add((long) i);
        if (!mut.isEmpty()) parts.add(new MVector(mut.toArray(), true));
    }

    private record Seg(Symbol name, int count, int autoCnt, Object autoV, List<Long> mutables) {}

    private static List<Seg> parse(Object key) {
        List<Seg> segs = new ArrayList<>();
        if (key instanceof Symbol s) { segs.add(new Seg(s, -1, 0, Boolean.FALSE, List.of())); return segs; }
        if (!(key instanceof Pair) || !Pair.isList(key)) return null;
        Object[] p = Pair.toArray(key);
        int i = 0;
        while (i < p.length) {
            if (!(p[i] instanceof Symbol name)) return null;
            i++;
            int count = -1, autoCnt = 0;
            Object autoV = Boolean.FALSE;
            List<Long> muts = new ArrayList<>();
            if (i < p.length && p[i] instanceof Long c) { count = (int) (long) c; i++; }
            if (i < p.length && p[i] instanceof Pair ap) {
                Object[] av = Pair.toArray(ap);
                if (av.length != 2 || !(av[0] instanceof Long n)) return null;
                autoCnt = (int) (long) n; autoV = av[1]; i++;
            }
            if (i < p.length && p[i] instanceof MVector mv) {
                for (Object m : mv.items) { if (!(m instanceof Long l)) return null; muts.add(l); }
                i++;
            }
            if (!segs.isEmpty() && count < 0) return null;
            segs.add(new Seg(name, count, autoCnt, autoV, muts));
        }
        return segs;
    }

    static boolean isKey(Object k) { return parse(k) != null; }

    static StructType typeForKey(String who, Object key, int fieldCount) {
        List<Seg> segs = parse(key);
        if (segs == null) throw Errors.contract(who, "prefab-key?", key);
        int parentFields = 0;
        for (int i = 1; i < segs.size(); i++) parentFields += segs.get(i).count + segs.get(i).autoCnt;
        Seg first = segs.get(0);
        int firstInit = first.count >= 0 ? first.count : fieldCount - parentFields - first.autoCnt;
        if (firstInit < 0 || firstInit + first.autoCnt + parentFields != fieldCount) {
            throw Errors.contractFail(who + ": mismatch between argument count and prefab key field count\n  prefab key: "
                    + org.jracket.runtime.print.Printer.toPrintString(key) + "\n  arguments: " + fieldCount);
        }
        StructType t = null;
        for (int i = segs.size() - 1; i >= 0; i--) {
            Seg s = segs.get(i);
            int init = i == 0 ? firstInit : s.count;
            boolean[] imm = new boolean[init + s.autoCnt];
            java.util.Arrays.fill(imm, true);
            for (Long m : s.mutables) if (m < imm.length) imm[(int) (long) m] = false;
            for (int a = init; a < imm.length; a++) imm[a] = false;
            t = intern(s.name, t, init, s.autoCnt, s.autoV, imm);
        }
        return t;
    }

    static Object nil() { return Null.NULL; }
}
