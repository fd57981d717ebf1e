package org.jracket.runtime.eval;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps parameters to their value cells. Immutable apart from the cells: {@code parameterize}
 * makes an extended copy with fresh cells for the parameterized parameters. The root
 * parameterization of a place creates cells lazily from each parameter's initial value.
 */
public final class Parameterization {
    /** A parameter's mutable value cell (a thread cell in Racket terms). */
    public static final class Cell {
        public volatile Object value;
        Cell(Object value) { this.value = value; }
    }

    private final Parameterization parent;
    private final Parameter[] keys;
    private final Cell[] cells;
    /** Only the root (one per place) has this. */
    private final ConcurrentHashMap<Parameter, Cell> roots;

    private Parameterization(Parameterization parent, Parameter[] keys, Cell[] cells,
                             ConcurrentHashMap<Parameter, Cell> roots) {
        this.parent = parent; this.keys = keys; this.cells = cells; this.roots = roots;
    }

    /** A fresh root parameterization (one per place). */
    public static Parameterization newRoot() {
        return new Parameterization(null, new Parameter[0], new Cell[0], new ConcurrentHashMap<>());
    }

    public Cell cell(Parameter p) {
        for (Parameterization z = this; z != null; z = z.parent) {
            Parameter[] ks = z.keys;
            for (int i = ks.length - 1; i >= 0; i--) if (ks[i] == p) return z.cells[i];
            if (z.roots != null) {
                Cell c = z.roots.get(p);
                return c != null ? c : z.roots.computeIfAbsent(p, q -> new Cell(q.initial));
            }
        }
        throw new IllegalStateException("parameterization without root");
    }

    /** Extends with new cells holding the given (already guarded) values. */
    public Parameterization extend(Parameter[] ps, Object[] values) {
        Cell[] cs = new Cell[ps.length];
        for (int i = 0; i < ps.length; i++) cs[i] = new Cell(values[i]);
        return new Parameterization(this, ps.clone(), cs, null);
    }

    /** Hook through which the evaluator supplies the current parameterization. */
    public interface Source { Parameterization current(); }

    private static final Parameterization GLOBAL = newRoot();
    private static volatile Source source = () -> GLOBAL;

    public static void installSource(Source s) { source = s; }

    public static Parameterization current() { return source.current(); }
}
