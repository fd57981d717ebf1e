package org.jracket.runtime.eval;

import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** Continuation-mark primitives over the machine's mark list. */
final class ContinuationMarks {
    private ContinuationMarks() {}

    /** A {@code continuation-mark-set}: a snapshot of the marks (they are immutable). */
    public static final class MarkSet {
        final MarkFrame marks;
        /** Marks beyond the prompt for this tag are not part of the set. */
        final PromptTag delimiter;
        MarkSet(MarkFrame marks, PromptTag delimiter) { this.marks = marks; this.delimiter = delimiter; }
        @Override public String toString() { return "#<continuation-mark-set>"; }
    }

    /** A key made by {@code make-continuation-mark-key}. */
    public static final class Key {
        final String name;
        Key(String name) { this.name = name; }
        @Override public String toString() { return "#<continuation-mark-key>"; }
    }

    private static final Object UNSET = new Object();

    private static int indexOf(Object[] keys, Object key) {
        for (int i = 0; i < keys.length; i++) if (keys[i] == key) return i;
        return -1;
    }

    /** Where a lookup stops: the set's own delimiter, or the tag argument's prompt. */
    static PromptTag delimiterOf(Object set, Object[] a, int tagIndex) {
        if (a.length > tagIndex && a[tagIndex] instanceof PromptTag t) return t;
        if (set instanceof MarkSet ms) return ms.delimiter;
        return PromptTag.DEFAULT;
    }

    static MarkFrame marksOf(Object set, Machine m, String who, Object[] a) {
        if (set == Boolean.FALSE) return m.marks;
        if (set instanceof MarkSet ms) return ms.marks;
        if (set instanceof Continuation k) return k.segments.length > 0 && k.segments[0] != null ? k.segments[0].marks : null;
        throw Errors.contractArg(who, "(or/c continuation-mark-set? #f)", 0, a);
    }

    static void register(PrimitiveTable t) {
        t.put("current-continuation-marks", new ControlProcedure("current-continuation-marks", Procedure.maskRange(0, 1)) {
            @Override Object applyControl(Machine m, Object[] a) {
                checkArity(a);
                return new MarkSet(m.marks, a.length > 0 ? (PromptTag) a[0] : PromptTag.DEFAULT);
            }
        });
        t.put("continuation-mark-set-first", new ControlProcedure("continuation-mark-set-first", Procedure.maskRange(2, 4)) {
            @Override Object applyControl(Machine m, Object[] a) {
                checkArity(a);
                PromptTag stop = delimiterOf(a[0], a, 3);
                for (MarkFrame f = marksOf(a[0], m, name(), a); f != null && f.key != stop; f = f.next) if (f.key == a[1]) return f.value;
                // As in Racket, the parameterization key always has a value: the place's root.
                if (a[1] == ParameterPrims.PARAMZ_KEY) return ParameterPrims.current(m);
                return a.length > 2 ? a[2] : Boolean.FALSE;
            }
        });
        t.put("continuation-mark-set->list", new ControlProcedure("continuation-mark-set->list", Procedure.maskRange(2, 3)) {
            @Override Object applyControl(Machine m, Object[] a) {
                checkArity(a);
                java.util.ArrayList<Object> vals = new java.util.ArrayList<>();
                PromptTag stop = delimiterOf(a[0], a, 2);
                for (MarkFrame f = marksOf(a[0], m, name(), a); f != null && f.key != stop; f = f.next) if (f.key == a[1]) vals.add(f.value);
                return Pair.list(vals.toArray());
            }
        });
        t.put("call-with-immediate-continuation-mark", new ControlProcedure("call-with-immediate-continuation-mark", Procedure.maskRange(2, 3)) {
            @Override Object applyControl(Machine m, Object[] a) {
                checkArity(a);
                Object v = a.length > 2 ? a[2] : Boolean.FALSE;
                for (MarkFrame f = m.marks; f != null && f != m.frameBase; f = f.next) {
                    if (f.key == a[0]) { v = f.value; break; }
                }
                return m.tailCall(a[1], new Object[] {v});
            }
        });
        t.put("continuation-mark-set->list*", new ControlProcedure("continuation-mark-set->list*", Procedure.maskRange(2, 4)) {
            @Override Object applyControl(Machine m, Object[] a) {
                checkArity(a);
                Object[] keys = Pair.toArray(a[1]);
                Object dflt = a.length > 2 ? a[2] : Boolean.FALSE;
                java.util.ArrayList<Object> frames = new java.util.ArrayList<>();
                Object[] current = null;
                Object currentFrame = null;
                PromptTag stop = delimiterOf(a[0], a, 3);
                for (MarkFrame f = marksOf(a[0], m, name(), a); f != null && f.key != stop; f = f.next) {
                    int k = indexOf(keys, f.key);
                    if (k < 0) continue;
                    if (current == null || f.frame != currentFrame || current[k] != UNSET) {
                        current = new Object[keys.length];
                        java.util.Arrays.fill(current, UNSET);
                        currentFrame = f.frame;
                        frames.add(current);
                    }
                    current[k] = f.value;
                }
                Object[] vecs = new Object[frames.size()];
                for (int i = 0; i < vecs.length; i++) {
                    Object[] vals = (Object[]) frames.get(i);
                    for (int j = 0; j < vals.length; j++) if (vals[j] == UNSET) vals[j] = dflt;
                    vecs[i] = new org.jracket.runtime.data.MVector(vals, false);
                }
                return Pair.list(vecs);
            }
        });
        t.add(Primitive.of1("continuation-mark-set?", v -> v instanceof MarkSet));
        t.add(Primitive.ofN("make-continuation-mark-key", 0, 1, a -> new Key(a.length > 0 ? ((Symbol) a[0]).name : null)));
        t.add(Primitive.of1("continuation-mark-key?", v -> v instanceof Key));
        t.add(Primitive.of1("continuation-mark-set->context", v -> Null.NULL));
    }
}
