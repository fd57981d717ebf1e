package org.jracket.runtime.expand;

import java.util.List;
import org.jracket.runtime.eval.Evaluator;
import org.jracket.runtime.eval.Variable;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.ir.SlotSource;
import org.jracket.runtime.module.ModuleInstance;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.syntax.Phase;
import org.jracket.runtime.syntax.Syntax;

/**
 * Evaluation during expansion: right-hand sides of define-syntaxes and
 * letrec-syntaxes+values, and begin-for-syntax bodies. The expanded code is lowered to a
 * linklet whose slots are linked directly to the variables of the required modules' instances
 * (run on demand at the needed phase) and of the module under expansion.
 */
public final class CompileTime {
    private CompileTime() {}

    /** Hook for transformer values that are structs (prop:procedure, prop:rename-transformer ...). */
    public interface StructAdapter { Object adapt(Object value); }

    public static volatile StructAdapter structAdapter = v -> v;

    /** Normalizes a compile-time value (applicable structs become procedures, etc.). */
    public static Object transformerValue(Object v) { return structAdapter.adapt(v); }

    /** Expands rhs at phase+1 and evaluates it to n values. */
    public static Object[] evalTransformerRhs(Syntax rhs, int n, ExpandContext ctx, Syntax form) {
        return expandAndEvalRhs(rhs, n, ctx, form).values();
    }

    public record Evaluated(Syntax expanded, Object[] values) {}

    public static Evaluated expandAndEvalRhs(Syntax rhs, int n, ExpandContext ctx, Syntax form) {
        ExpandContext ct = new ExpandContext(ctx.session, ctx.phase + 1, ExpandContext.Kind.EXPRESSION, ctx.module,
                null, null, null);
        Syntax expanded = Expander.expand(rhs, ct);
        Lowering low = new Lowering(ct.phase, null, ct);
        Expr e = low.lower(expanded);
        Object r = run(low.linklet("compile-time", List.of(e)), ct);
        return new Evaluated(expanded, CoreForms.values(r, n, form));
    }

    /** Runs a run-at-once linklet at ctx.phase. */
    public static Object run(Linklet lk, ExpandContext ctx) {
        prepare(ctx);
        Variable[] table = link(lk, ctx);
        return Evaluator.compile(lk).run(table);
    }

    /** Makes the required modules' code for ctx.phase available (instantiated). */
    static void prepare(ExpandContext ctx) {
        for (ModuleContext m = ctx.module; m != null; m = m.enclosing) {
            for (Require r : m.requires) {
                if (r.level() == Phase.LABEL || PrimitiveModules.isPrimitive(r.module())) continue;
                if (ctx.session.modules.containsKey(r.module())) continue;
                ctx.session.namespace.instance(r.module(), r.level()).run(ctx.phase - r.level());
            }
        }
        if (ctx.module == null) ctx.session.namespace.prepareTopLevel(ctx.phase);
    }

    static Variable[] link(Linklet lk, ExpandContext ctx) {
        SlotSource[] slots = lk.slots();
        Variable[] table = new Variable[slots.length];
        for (int i = 0; i < slots.length; i++) {
            SlotSource s = slots[i];
            if (s instanceof SlotSource.Imported im) {
                ModuleContext mc = ctx.session.modules.get(im.module());
                if (mc != null) {
                    table[i] = mc.ctVariable(im.phase(), im.name());
                } else {
                    ModuleInstance inst = ctx.session.namespace.instance((ModuleName) im.module(), ctx.phase - im.phase());
                    inst.run(im.phase());
                    table[i] = inst.variable(im.phase(), im.name());
                }
            } else if (s instanceof SlotSource.TopLevel t) {
                table[i] = ctx.session.namespace.topVariable(ctx.phase, t.name());
            } else {
                throw new IllegalStateException("defined slot in a run-at-once linklet: " + s);
            }
        }
        return table;
    }
}
