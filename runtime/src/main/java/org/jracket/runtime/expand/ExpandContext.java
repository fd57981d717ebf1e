package org.jracket.runtime.expand;

import java.util.List;
import org.jracket.runtime.syntax.Binding;
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

    public ExpandContext(ExpansionSession session, int phase, Kind kind, ModuleContext module,
                         DefinitionContext defCtx, List<Binding> stops, Syntax name) {
        this.session = session; this.phase = phase; this.kind = kind; this.module = module;
        this.defCtx = defCtx; this.stops = stops; this.name = name;
    }

    public ExpandContext asExpression() {
        if (kind == Kind.EXPRESSION && stops == null && name == null) return this;
        return new ExpandContext(session, phase, Kind.EXPRESSION, module, null, null, null);
    }

    public ExpandContext withName(Syntax n) {
        return new ExpandContext(session, phase, Kind.EXPRESSION, module, null, null, n);
    }

    public ExpandContext withKind(Kind k, DefinitionContext d) {
        return new ExpandContext(session, phase, k, module, d, stops, null);
    }

    public ExpandContext partial() {
        return new ExpandContext(session, phase, kind, module, defCtx, List.of(), name);
    }

    public ExpandContext withStops(List<Binding> s) {
        return new ExpandContext(session, phase, kind, module, defCtx, s, name);
    }

    public ExpandContext full() {
        return stops == null ? this : new ExpandContext(session, phase, kind, module, defCtx, null, name);
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
