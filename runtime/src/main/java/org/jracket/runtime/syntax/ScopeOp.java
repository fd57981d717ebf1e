package org.jracket.runtime.syntax;

/**
 * A change to the lexical context of a syntax object. Changes are applied to the outer object
 * at once and recorded as pending for its children, which receive them only when
 * {@code syntax-e} exposes them: adding a macro's introduction scope is O(1) rather than
 * O(size of the form), which keeps nested macro expansion linear.
 */
public sealed interface ScopeOp {
    ScopeSet apply(ScopeSet s);

    default Syntax.Shifted[] apply(Syntax.Shifted[] m) { return m; }

    record Add(Scope scope) implements ScopeOp {
        @Override public ScopeSet apply(ScopeSet s) { return s.add(scope); }
    }

    record Remove(Scope scope) implements ScopeOp {
        @Override public ScopeSet apply(ScopeSet s) { return s.remove(scope); }
    }

    record Flip(Scope scope) implements ScopeOp {
        @Override public ScopeSet apply(ScopeSet s) { return s.flip(scope); }
    }

    /** Adds a multi-scope (unshifted). */
    record AddMulti(MultiScope ms) implements ScopeOp {
        @Override public ScopeSet apply(ScopeSet s) { return s; }
        @Override public Syntax.Shifted[] apply(Syntax.Shifted[] m) {
            for (Syntax.Shifted x : m) if (x.ms() == ms && x.shift() == 0) return m;
            Syntax.Shifted[] n = java.util.Arrays.copyOf(m, m.length + 1);
            n[m.length] = new Syntax.Shifted(ms, 0);
            return n;
        }
    }

    /** Removes a multi-scope at any shift (a submodule leaving its enclosing module). */
    record RemoveMulti(MultiScope ms) implements ScopeOp {
        @Override public ScopeSet apply(ScopeSet s) { return s; }
        @Override public Syntax.Shifted[] apply(Syntax.Shifted[] m) {
            int n = 0;
            for (Syntax.Shifted x : m) if (x.ms() != ms) n++;
            if (n == m.length) return m;
            Syntax.Shifted[] r = new Syntax.Shifted[n];
            int i = 0;
            for (Syntax.Shifted x : m) if (x.ms() != ms) r[i++] = x;
            return r;
        }
    }

    /** Shifts every multi-scope by n phases (syntax-shift-phase-level). */
    record Shift(int n) implements ScopeOp {
        @Override public ScopeSet apply(ScopeSet s) { return s; }
        @Override public Syntax.Shifted[] apply(Syntax.Shifted[] m) {
            if (m.length == 0 || n == 0) return m;
            Syntax.Shifted[] r = new Syntax.Shifted[m.length];
            for (int i = 0; i < m.length; i++) r[i] = new Syntax.Shifted(m[i].ms(), Phase.shift(m[i].shift(), n));
            return r;
        }
    }
}
