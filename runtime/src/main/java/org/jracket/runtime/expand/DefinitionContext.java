package org.jracket.runtime.expand;

import java.util.HashSet;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.ScopeOp;
import org.jracket.runtime.syntax.Syntax;

/**
 * A definition context (module body, internal-definition body, top level). Macro uses inside
 * it get a use-site scope (Flatt 2016, section 3.5) so that a macro's own definitions cannot
 * capture references in its arguments; identifiers bound by definitions drop those scopes
 * again, so definitions produced from a macro argument are visible to the rest of the body.
 */
public final class DefinitionContext {
    private final HashSet<Scope> useSites = new HashSet<>();
    /** The scope every form in an internal-definition body carries (null for modules). */
    public final Scope bodyScope;

    public DefinitionContext(Scope bodyScope) { this.bodyScope = bodyScope; }

    public void addUseSite(Scope s) { useSites.add(s); }

    public boolean isEmpty() { return useSites.isEmpty(); }

    /**
     * A form without any of this context's use-site scopes, wherever they occur in it: a
     * macro-made {@code #%require} or {@code #%provide} has them only on the parts taken from
     * the macro's use (such as a module path), not on its outer layer.
     */
    public Syntax removeUseSitesFromForm(Syntax form) {
        if (useSites.isEmpty()) return form;
        java.util.LinkedHashSet<Scope> found = new java.util.LinkedHashSet<>();
        collect(form, found);
        if (found.isEmpty()) return form;
        ScopeOp[] ops = new ScopeOp[found.size()];
        int i = 0;
        for (Scope sc : found) ops[i++] = new ScopeOp.Remove(sc);
        return form.withOps(ops);
    }

    private void collect(Object v, java.util.Set<Scope> found) {
        while (true) {
            if (v instanceof Syntax s) {
                var set = s.plainScopes();
                for (int i = 0; i < set.size(); i++) if (useSites.contains(set.get(i))) found.add(set.get(i));
                v = s.content();
            } else if (v instanceof org.jracket.runtime.data.Pair p) {
                collect(p.car, found);
                v = p.cdr;
            } else if (v instanceof org.jracket.runtime.data.MVector vec) {
                for (Object x : vec.items) collect(x, found);
                return;
            } else {
                return;
            }
        }
    }

    /** id without this context's use-site scopes. */
    public Syntax removeUseSites(Syntax id) {
        if (useSites.isEmpty()) return id;
        var set = id.plainScopes();
        java.util.ArrayList<ScopeOp> ops = null;
        for (int i = 0; i < set.size(); i++) {
            if (useSites.contains(set.get(i))) {
                if (ops == null) ops = new java.util.ArrayList<>();
                ops.add(new ScopeOp.Remove(set.get(i)));
            }
        }
        return ops == null ? id : id.withOps(ops.toArray(new ScopeOp[0]));
    }
}
