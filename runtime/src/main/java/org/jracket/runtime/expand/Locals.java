package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Resolver;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.ScopeSet;
import org.jracket.runtime.syntax.Syntax;

/** Creating local bindings (lambda formals, let clauses, internal definitions). */
final class Locals {
    private Locals() {}

    /** Binds id (which already carries the binding form's scope) to value in the environment. */
    static Syntax bind(Syntax id, ExpandContext ctx, Object value) {
        Symbol key = ctx.session.localKey(id.sym());
        Resolver.bind(id, ctx.phase, new Binding.Local(key));
        ctx.session.env.put(key, value);
        return id;
    }

    /** Adds sc to every identifier and checks for duplicates ("who: duplicate ... name"). */
    static List<Syntax> scopeAndCheck(List<Syntax> ids, Scope sc, ExpandContext ctx, String who, String what, Syntax form) {
        List<Syntax> out = new ArrayList<>(ids.size());
        List<ScopeSet> sets = new ArrayList<>(ids.size());
        for (Syntax id : ids) {
            if (!id.isIdentifier()) throw SyntaxErrors.raise(who, "not an identifier", form, id);
            Syntax s = sc == null ? id : id.addScope(sc);
            ScopeSet set = s.scopesAt(ctx.phase);
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).sym() == s.sym() && sets.get(i).equals(set)) {
                    throw SyntaxErrors.raise(who, "duplicate " + what + " name", form, id);
                }
            }
            out.add(s);
            sets.add(set);
        }
        return out;
    }
}
