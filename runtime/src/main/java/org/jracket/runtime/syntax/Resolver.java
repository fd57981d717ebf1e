package org.jracket.runtime.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Identifier resolution (Flatt 2016, section 3.2): among the bindings of the identifier's
 * symbol whose scope sets are subsets of the identifier's scope set at the phase, the one
 * with the largest set wins; it must be a superset of all other candidates, otherwise the
 * reference is ambiguous.
 */
public final class Resolver {
    private Resolver() {}

    /** Thrown (and turned into a syntax error by the expander) for ambiguous references. */
    public static final class AmbiguousException extends RuntimeException {
        public AmbiguousException() { super("identifier's binding is ambiguous", null, false, false); }
    }

    /** The binding of identifier id at phase, or null if unbound. */
    public static Binding resolve(Syntax id, int phase) {
        Scope.BindingEntry best = bestEntry(id, phase);
        return best == null ? null : best.binding();
    }

    /** The winning binding entry (binding and the scope set it was recorded under). */
    public static Scope.BindingEntry bestEntry(Syntax id, int phase) {
        ScopeSet here = id.scopesAt(phase);
        List<Scope.BindingEntry> cands = new ArrayList<>(4);
        for (int i = 0; i < here.size(); i++) here.get(i).candidates(id.sym(), phase, cands);
        Scope.BindingEntry best = null;
        for (Scope.BindingEntry c : cands) {
            if (!c.scopes().subsetOf(here)) continue;
            if (best == null || c.scopes().size() > best.scopes().size()) best = c;
        }
        if (best == null) return null;
        for (Scope.BindingEntry c : cands) {
            if (c == best || !c.scopes().subsetOf(here)) continue;
            if (!c.scopes().subsetOf(best.scopes())) {
                if (c.binding().sameAs(best.binding())) continue;
                throw new AmbiguousException();
            }
        }
        return best;
    }

    /** Records that id (with its scope set at phase) is bound to b. */
    public static void bind(Syntax id, int phase, Binding b) {
        ScopeSet set = id.scopesAt(phase);
        Scope where = set.newest();
        if (where == null) throw new IllegalStateException("cannot bind an identifier without scopes: " + id);
        where.addBinding(id.sym(), set, b);
    }

    public static boolean freeIdentifierEquals(Syntax a, int pa, Syntax b, int pb) {
        Binding x = resolve(a, pa), y = resolve(b, pb);
        if (x == null || y == null) return x == null && y == null && a.sym() == b.sym();
        return x.sameAs(y);
    }

    public static boolean boundIdentifierEquals(Syntax a, Syntax b, int phase) {
        return a.sym() == b.sym() && a.scopesAt(phase).equals(b.scopesAt(phase));
    }
}
