package org.jracket.runtime.expand;

import java.util.List;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.Syntax;

/**
 * Where an expansion step happens: the phase, the kind of context (Racket's
 * {@code syntax-local-context}), the enclosing module (null at the top level), the current
 * definition context (which collects use-site scopes), and the stop list of a partial
 * expansion. Immutable; the {@code with*} methods derive nested contexts.
 */
public final class ExpandContext {
    public enum Kind { EXPRESSION, TOP_LEVEL, MODULE, MODULE_BEGIN, INTERNAL_DEFINITION }

    public final ExpansionSession session;
    public final int phase;
    public final Kind kind;
    public final ModuleContext module;
    public final DefinitionContext defCtx;
    /** Null: expand completely. Non-null: stop at core forms and at these bindings. */
    public final List<Binding> stops;
    /** syntax-local-name: the identifier being defined/bound by the enclosing form, or null. */
    public final Syntax name;
    /**
     * The scopes of the binding forms (lambda, let, internal-definition bodies) around the
     * form being expanded, at this phase, innermost first; null outside any. quote-syntax
     * removes them and the use-site scopes of those bodies, as Racket's does: syntax a
     * transformer quotes must not carry the scopes of the transformer's own local bindings
     * (or of its own macro uses) into the code it makes.
     */
    public final LocalScopes locals;

    /** An immutable list of scopes; an internal-definition body's also has its use-site scopes. */
    public record LocalScopes(Scope head, DefinitionContext body, LocalScopes tail) {}

    public ExpandContext(ExpansionSession session, int phase, Kind kind, ModuleContext module,
                         DefinitionContext defCtx, List<Binding> stops, Syntax name) {
        this(session, phase, kind, module, defCtx, stops, name, null);
    }

    private ExpandContext(ExpansionSession session, int phase, Kind kind, ModuleContext module,
                          DefinitionContext defCtx, List<Binding> stops, Syntax name, LocalScopes locals) {
        this.session = session; this.phase = phase; this.kind = kind; this.module = module;
        this.defCtx = defCtx; this.stops = stops; this.name = name; this.locals = locals;
    }

    public ExpandContext asExpression() {
        if (kind == Kind.EXPRESSION && stops == null && name == null) return this;
        return new ExpandContext(session, phase, Kind.EXPRESSION, module, null, null, null, locals);
    }

    public ExpandContext withName(Syntax n) {
        return new ExpandContext(session, phase, Kind.EXPRESSION, module, null, null, n, locals);
    }

    public ExpandContext withKind(Kind k, DefinitionContext d) {
        return new ExpandContext(session, phase, k, module, d, stops, null, locals);
    }

    /** This context inside a binding form whose scope is sc. */
    public ExpandContext withLocalScope(Scope sc) {
        return new ExpandContext(session, phase, kind, module, defCtx, stops, name, new LocalScopes(sc, null, locals));
    }

    /** An internal-definition context (a body) inside this one, whose scope is bodyScope. */
    ExpandContext body(DefinitionContext dc, Scope bodyScope) {
        return new ExpandContext(session, phase, Kind.INTERNAL_DEFINITION, module, dc, List.of(), null,
                new LocalScopes(bodyScope, dc, locals));
    }

    public ExpandContext partial() {
        return new ExpandContext(session, phase, kind, module, defCtx, List.of(), name, locals);
    }

    public ExpandContext withStops(List<Binding> s) {
        return new ExpandContext(session, phase, kind, module, defCtx, s, name, locals);
    }

    public ExpandContext full() {
        return stops == null ? this : new ExpandContext(session, phase, kind, module, defCtx, null, name, locals);
    }

    public ExpandContext atPhase(int p) {
        return new ExpandContext(session, p, kind, module, defCtx, stops, null);
    }

    public ExpandContext withModule(ModuleContext m, Kind k) {
        return new ExpandContext(session, phase, k, m, null, null, null);
    }

    public boolean isTopLevel() { return module == null; }

    /** Binds id (already carrying its binding scope) as a local with a compile-time value. */
    public Syntax bindLocal(Syntax id, Object value) { return Locals.bind(id, this, value); }

    // ---- the context of the transformer currently running (for syntax-local-*) -----------

    private static final ThreadLocal<TransformerFrame> CURRENT = new ThreadLocal<>();

    /** A running transformer: its context and the scopes its call added. */
    public record TransformerFrame(ExpandContext ctx, org.jracket.runtime.syntax.Scope intro,
                                   org.jracket.runtime.syntax.Scope useSite, TransformerFrame outer) {}

    public static TransformerFrame currentFrame() { return CURRENT.get(); }

    static void setFrame(TransformerFrame f) { if (f == null) CURRENT.remove(); else CURRENT.set(f); }
}
