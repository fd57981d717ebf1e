package org.jracket.runtime.eval;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Parameters and parameterizations. As in Racket, the current parameterization is the
 * value of the {@code parameterization-key} continuation mark, so {@code parameterize}
 * is a macro over {@code with-continuation-mark} and {@code extend-parameterization}.
 */
final class ParameterPrims {
    private ParameterPrims() {}

    static final Object PARAMZ_KEY = new ContinuationMarks.Key("parameterization-key");
    /** Used by threads outside any place (unit tests of single parts). */
    private static final Parameterization DETACHED_ROOT = Parameterization.newRoot();

    static Parameterization current(Machine m) {
        for (MarkFrame f = m.marks; f != null; f = f.next) if (f.key == PARAMZ_KEY) return (Parameterization) f.value;
        return m.place != null ? m.place.rootParameterization : DETACHED_ROOT;
    }

    static void register(PrimitiveTable t) {
        t.put("parameterization-key", PARAMZ_KEY);
        t.add(Primitive.ofN("make-parameter", 0, 3, a -> {
            Object init = a.length > 0 ? a[0] : Boolean.FALSE;
            Procedure guard = a.length > 1 && a[1] != Boolean.FALSE ? (Procedure) a[1] : null;
            String name = a.length > 2 ? ((Symbol) a[2]).name : "parameter-procedure";
            return new Parameter(name, init, guard);
        }));
        t.add(Primitive.of1("parameter?", v -> v instanceof Parameter));
        t.add(Primitive.of3("make-derived-parameter", (p, guard, wrap) -> {
            if (!(p instanceof Parameter base)) throw Errors.contract("make-derived-parameter", "(and/c parameter? (not/c impersonator?))", p);
            Procedure g = oneArgument(guard), w = oneArgument(wrap);
            if (g == null) throw Errors.contract("make-derived-parameter", "(procedure-arity-includes/c 1)", guard);
            if (w == null) throw Errors.contract("make-derived-parameter", "(procedure-arity-includes/c 1)", wrap);
            return Parameter.derived(base, g, w);
        }));
        t.add(Primitive.of1("parameterization?", v -> v instanceof Parameterization));
        t.put("current-parameterization", new ControlProcedure("current-parameterization", 1) {
            @Override Object applyControl(Machine m, Object[] a) { checkArity(a); return current(m); }
        });
        t.put("extend-parameterization", new ControlProcedure("extend-parameterization", Procedure.maskRange(1, -1)) {
            @Override Object applyControl(Machine m, Object[] a) {
                Parameterization z = a[0] instanceof Parameterization pz ? pz : current(m);
                int n = (a.length - 1) / 2;
                Parameter[] ps = new Parameter[n];
                Object[] vs = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object p = a[1 + 2 * i];
                    if (!(p instanceof Parameter pp)) throw Errors.contractArg("parameterize", "parameter?", 1 + 2 * i, a);
                    ps[i] = pp.root();
                    Object v = a[2 + 2 * i];
                    // a derived parameter's guard, then its base's, down to the one with the cell
                    for (Parameter q = pp; q != null; q = q.base) {
                        if (q.guard != null) v = m.call(q.guard, new Object[] {v});
                    }
                    vs[i] = v;
                }
                return z.extend(ps, vs);
            }
        });
        t.put("call-with-parameterization", new ControlProcedure("call-with-parameterization", Procedure.maskExactly(2)) {
            @Override Object applyControl(Machine m, Object[] a) {
                checkArity(a);
                m.setMark(PARAMZ_KEY, a[0]);
                return m.tailCall(a[1], Procedure.NO_ARGS);
            }
        });
    }

    private static Procedure oneArgument(Object v) {
        return v instanceof Procedure p && (p.arityMask() & 2) != 0 ? p : null;
    }
}
