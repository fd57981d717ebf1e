package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Resolver;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.Syntax;

/**
 * syntax-local-lift-expression, -lift-module-end-declaration and -lift-require. A module body
 * is the lift target (internal-definition contexts are not, as in Racket): lifted expressions
 * become module-level definitions placed before the form being expanded, end declarations are
 * expanded after the rest of the body, lifted requires take effect at once.
 */
final class Lifts {
    private Lifts() {}

    /** Lifts waiting for the module body loop, per module. */
    static final class Pending {
        /** (define-values (id) expr) forms at the phase they were lifted at, oldest first. */
        final List<Syntax> definitions = new ArrayList<>();
        final List<Integer> definitionPhases = new ArrayList<>();
        /** Phase-0 forms for the end of the module body. */
        final List<Syntax> moduleEnd = new ArrayList<>();

        /** The lifted definitions of phase, removed from the queue. */
        List<Syntax> takeDefinitions(int phase) {
            List<Syntax> out = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                if (definitionPhases.get(i) == phase) {
                    out.add(definitions.remove(i));
                    definitionPhases.remove(i);
                    i--;
                }
            }
            return out;
        }

        List<Syntax> takeModuleEnd() {
            List<Syntax> out = new ArrayList<>(moduleEnd);
            moduleEnd.clear();
            return out;
        }
    }

    private static int counter;

    static void register(PrimitiveTable t) {
        t.add(Primitive.of1("syntax-local-lift-expression", v -> liftExpression("syntax-local-lift-expression", v)));
        t.add(Primitive.of1("syntax-local-lift-module-end-declaration", v -> {
            ExpandContext.TransformerFrame f = frame("syntax-local-lift-module-end-declaration");
            Syntax s = intro(f, stx("syntax-local-lift-module-end-declaration", v));
            // A form lifted while expanding phase p code belongs to phase p: wrap it p times.
            for (int p = 0; p < f.ctx().phase; p++) s = Stx.list(s, CoreScope.id("begin-for-syntax"), s);
            f.ctx().module.lifts.moduleEnd.add(s);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of2("syntax-local-lift-require", (spec, v) -> {
            ExpandContext.TransformerFrame f = frame("syntax-local-lift-require");
            Syntax s = stx("syntax-local-lift-require", v);
            // The required names are visible where the result is used: the spec and the
            // result share a fresh scope.
            Scope sc = new Scope("lifted-require");
            Syntax req = Syntax.fromDatum(s, spec, s.loc, null).addScope(sc);
            RequireSpecs.spec(intro(f, req), f.ctx(), 0, null, req);
            return s.addScope(sc);
        }));
    }

    private static Syntax intro(ExpandContext.TransformerFrame f, Syntax s) {
        return f.intro() == null ? s : s.flipScope(f.intro());
    }

    /** Binds a fresh module-level identifier to expr (expanded with the module's later forms). */
    private static Object liftExpression(String who, Object v) {
        ExpandContext.TransformerFrame f = frame(who);
        ExpandContext ctx = f.ctx();
        Syntax expr = intro(f, stx(who, v));
        ModuleContext mc = ctx.module;
        int n;
        synchronized (Lifts.class) { n = ++counter; }
        // A fresh scope keeps the name from capturing or being captured by anything else.
        Syntax id = Syntax.fromDatum(null, Symbol.of("lifted/" + n), expr.loc, null)
                .addScope(new Scope("lifted")).addMultiScope(mc.scope);
        Symbol sym = mc.chooseDefinitionName(id, ctx.phase);
        Resolver.bind(id, ctx.phase, new Binding.Module(mc.name, ctx.phase, sym));
        mc.recordDefinition(ctx.phase, sym, id);
        mc.lifts.definitions.add(Stx.list(expr, CoreScope.id("define-values"), Stx.list(expr, id), expr));
        mc.lifts.definitionPhases.add(ctx.phase);
        return intro(f, id);
    }

    private static ExpandContext.TransformerFrame frame(String who) {
        ExpandContext.TransformerFrame f = ExpandContext.currentFrame();
        if (f == null) throw Errors.raise(ExnTypes.CONTRACT, who + ": not currently transforming");
        if (f.ctx().module == null) throw Errors.raise(ExnTypes.CONTRACT, who + ": not currently transforming within a module");
        return f;
    }

    private static Syntax stx(String who, Object v) {
        if (v instanceof Syntax s) return s;
        throw Errors.contract(who, "syntax?", v);
    }
}
