package org.jracket.runtime.expand.stx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.expand.ExpandContext;
import org.jracket.runtime.expand.NativeMacro;
import org.jracket.runtime.expand.SyntaxErrors;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.syntax.Syntax;

/**
 * The primitive module {@code '#%stx}: the pattern forms (syntax-case, syntax-case*, syntax,
 * quasisyntax, unsyntax, unsyntax-splicing, syntax-rules, with-syntax, {@code ...},
 * {@code _}) as Java macros, and the run-time helpers their expansions call.
 */
public final class StxModule {
    private StxModule() {}

    private static final Map<String, NativeMacro> MACROS = new HashMap<>();
    private static volatile PrimitiveTable table;

    public static NativeMacro macro(String name) { return MACROS.get(name); }

    public static Set<String> macroNames() { return MACROS.keySet(); }

    public static PrimitiveTable table() {
        PrimitiveTable t = table;
        if (t == null) {
            synchronized (StxModule.class) {
                if (table == null) table = build();
                t = table;
            }
        }
        return t;
    }

    private static PrimitiveTable build() {
        PrimitiveTable t = new PrimitiveTable("#%stx");
        t.add(Primitive.ofN("stx-match", 3, 4, a -> PatternForms.match(a[0], (Pattern) a[1], a[2],
                a.length > 3 && a[3] instanceof Procedure p ? p : null)));
        t.add(Primitive.of2("stx-ref", (m, i) -> ((Object[]) m)[((Number) i).intValue()]));
        t.add(Primitive.ofN("stx-fill", 2, -1, a -> {
            Object[] env = new Object[a.length - 2];
            System.arraycopy(a, 2, env, 0, env.length);
            return ((Template) a[1]).fillAll((Syntax) a[0], env);
        }));
        // pattern variables as values, for libraries that bind them themselves (syntax/parse):
        // (make-syntax-mapping depth valvar-id) is a transformer-binding value that syntax templates
        // treat as a pattern variable whose matches are in the variable valvar-id names
        t.add(Primitive.of2("make-syntax-mapping", (d, id) -> {
            if (!(d instanceof Long n) || n < 0) throw org.jracket.runtime.exn.Errors.contract("make-syntax-mapping", "exact-nonnegative-integer?", d);
            if (!(id instanceof Syntax s) || !s.isIdentifier()) throw org.jracket.runtime.exn.Errors.contract("make-syntax-mapping", "identifier?", id);
            return new org.jracket.runtime.expand.Transformers.PatternVariable(s, n.intValue());
        }));
        t.add(Primitive.of2("make-attribute-mapping", (d, id) -> {
            if (!(d instanceof Long n) || n < 0) throw org.jracket.runtime.exn.Errors.contract("make-attribute-mapping", "exact-nonnegative-integer?", d);
            if (!(id instanceof Syntax s) || !s.isIdentifier()) throw org.jracket.runtime.exn.Errors.contract("make-attribute-mapping", "identifier?", id);
            return new org.jracket.runtime.expand.Transformers.PatternVariable(s, n.intValue(), true);
        }));
        t.add(Primitive.of1("syntax-pattern-variable?", v -> v instanceof org.jracket.runtime.expand.Transformers.PatternVariable));
        t.add(Primitive.of1("syntax-mapping-depth", v -> (long) ((org.jracket.runtime.expand.Transformers.PatternVariable) v).depth()));
        t.add(Primitive.of1("syntax-mapping-valvar", v -> ((org.jracket.runtime.expand.Transformers.PatternVariable) v).valueId()));
        t.add(Primitive.of1("stx-fail", v -> {
            throw SyntaxErrors.badSyntax(Pattern.asSyntax(v));
        }));
        return t;
    }

    private static void macro(String name, java.util.function.BiFunction<Syntax, ExpandContext, Syntax> f) {
        MACROS.put(name, new NativeMacro() {
            @Override public String name() { return name; }
            @Override public Syntax transform(Syntax s, ExpandContext ctx) { return f.apply(s, ctx); }
            @Override public String toString() { return "#<macro:" + name + ">"; }
        });
    }

    static {
        macro("syntax-case", (s, ctx) -> PatternForms.syntaxCase(s, ctx, false));
        macro("syntax-case*", (s, ctx) -> PatternForms.syntaxCase(s, ctx, true));
        macro("syntax", PatternForms::syntax);
        macro("quasisyntax", PatternForms::quasisyntax);
        macro("with-syntax", PatternForms::withSyntax);
        macro("syntax-rules", PatternForms::syntaxRules);
        macro("unsyntax", (s, ctx) -> { throw SyntaxErrors.raise("unsyntax", "illegal outside of quasisyntax", s, null); });
        macro("unsyntax-splicing", (s, ctx) -> {
            throw SyntaxErrors.raise("unsyntax-splicing", "illegal outside of quasisyntax", s, null);
        });
        macro("...", (s, ctx) -> { throw SyntaxErrors.raise("...", "ellipses not allowed as an expression", s, null); });
        macro("_", (s, ctx) -> { throw SyntaxErrors.raise("_", "wildcard not allowed as an expression", s, null); });
    }

    static List<String> names() { return List.copyOf(MACROS.keySet()); }
}
