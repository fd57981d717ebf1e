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

    /** A form without the use-site scopes (of this context) that its outer layer carries. */
    public Syntax removeUseSitesFromForm(Syntax form) { return removeUseSites(form); }

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
