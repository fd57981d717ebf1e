package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.namespace.Namespace;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Phase;
import org.jracket.runtime.syntax.Resolver;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/** The syntax-object, transformer-environment and namespace primitives exported by #%kernel. */
public final class SyntaxPrims {
    private SyntaxPrims() {}

    private static Syntax stx(String who, Object v) {
        if (v instanceof Syntax s) return s;
        throw Errors.contract(who, "syntax?", v);
    }

    private static Syntax id(String who, Object v) {
        if (v instanceof Syntax s && s.isIdentifier()) return s;
        throw Errors.contract(who, "identifier?", v);
    }

    private static Object orFalse(int n) { return n < 0 ? Boolean.FALSE : (Object) Long.valueOf(n); }

    private static ExpandContext.TransformerFrame frame(String who) {
        ExpandContext.TransformerFrame f = ExpandContext.currentFrame();
        if (f == null) throw Errors.raise(ExnTypes.CONTRACT, who + ": not currently transforming");
        return f;
    }

    private static int phaseArg(Object[] a, int i) {
        if (a.length <= i) {
            ExpandContext.TransformerFrame f = ExpandContext.currentFrame();
            return f == null ? 0 : f.ctx().phase;
        }
        return Phase.fromRacket(a[i]);
    }

    public static void register(PrimitiveTable t) {
        Lifts.register(t);
        t.add(Primitive.of1("syntax?", v -> v instanceof Syntax));
        t.add(Primitive.of1("identifier?", v -> v instanceof Syntax s && s.isIdentifier()));
        t.add(Primitive.of1("syntax-e", v -> stx("syntax-e", v).content()));
        t.add(Primitive.of1("syntax->datum", v -> Syntax.toDatum(stx("syntax->datum", v))));
        t.add(Primitive.ofN("datum->syntax", 2, 5, SyntaxPrims::datumToSyntax));
        t.add(Primitive.of1("syntax->list", v -> {
            List<Syntax> l = stx("syntax->list", v).toList();
            return l == null ? Boolean.FALSE : Pair.list(l.toArray());
        }));
        t.add(Primitive.of1("syntax-source", v -> { Object s = stx("syntax-source", v).loc.source(); return s == null ? Boolean.FALSE : s; }));
        t.add(Primitive.of1("syntax-line", v -> orFalse(stx("syntax-line", v).loc.line())));
        t.add(Primitive.of1("syntax-column", v -> orFalse(stx("syntax-column", v).loc.column())));
        t.add(Primitive.of1("syntax-position", v -> orFalse(stx("syntax-position", v).loc.position())));
        t.add(Primitive.of1("syntax-span", v -> orFalse(stx("syntax-span", v).loc.span())));
        t.add(Primitive.of1("syntax-original?", v -> {
            Syntax s = stx("syntax-original?", v);
            if (s.loc.source() == null) return Boolean.FALSE;
            for (int i = 0; i < s.plainScopes().size(); i++) if (s.plainScopes().get(i).kind.equals("macro")) return Boolean.FALSE;
            return Boolean.TRUE;
        }));
        t.add(Primitive.ofN("syntax-property", 2, 4, a -> {
            Syntax s = stx("syntax-property", a[0]);
            if (a.length == 2) { Object v = s.property(a[1]); return v == null ? Boolean.FALSE : v; }
            return s.withProperty(a[1], a[2]);
        }));
        t.add(Primitive.of1("syntax-property-symbol-keys", v -> {
            List<Object> ks = new ArrayList<>();
            for (Object k : stx("syntax-property-symbol-keys", v).propertyKeys()) if (k instanceof Symbol) ks.add(k);
            return Pair.list(ks.toArray());
        }));
        t.add(Primitive.ofN("syntax-track-origin", 3, 3, a -> a[0]));
        for (String n : new String[] {"syntax-disarm", "syntax-rearm", "syntax-arm", "syntax-taint"}) {
            t.add(Primitive.ofN(n, 1, 3, a -> a[0]));
        }
        t.add(Primitive.of1("syntax-tainted?", v -> Boolean.FALSE));
        t.add(Primitive.of2("syntax-shift-phase-level", (s, n) ->
                stx("syntax-shift-phase-level", s).shiftPhase(n == Boolean.FALSE ? Phase.LABEL : ((Number) n).intValue())));
        t.add(Primitive.ofN("free-identifier=?", 2, 4, a -> {
            Syntax x = id("free-identifier=?", a[0]), y = id("free-identifier=?", a[1]);
            int p1 = phaseArg(a, 2), p2 = a.length > 3 ? Phase.fromRacket(a[3]) : p1;
            return Resolver.freeIdentifierEquals(x, p1, y, p2);
        }));
        t.add(Primitive.ofN("free-transformer-identifier=?", 2, 2, a -> {
            int p = phaseArg(a, 2) + 1;
            return Resolver.freeIdentifierEquals(id("free-transformer-identifier=?", a[0]), p, id("free-transformer-identifier=?", a[1]), p);
        }));
        t.add(Primitive.ofN("free-template-identifier=?", 2, 2, a -> {
            int p = phaseArg(a, 2) - 1;
            return Resolver.freeIdentifierEquals(id("free-template-identifier=?", a[0]), p, id("free-template-identifier=?", a[1]), p);
        }));
        t.add(Primitive.ofN("free-label-identifier=?", 2, 2, a ->
                Resolver.freeIdentifierEquals(id("free-label-identifier=?", a[0]), Phase.LABEL, id("free-label-identifier=?", a[1]), Phase.LABEL)));
        t.add(Primitive.ofN("bound-identifier=?", 2, 3, a ->
                Resolver.boundIdentifierEquals(id("bound-identifier=?", a[0]), id("bound-identifier=?", a[1]), phaseArg(a, 2))));
        t.add(Primitive.ofN("identifier-binding", 1, 3, a -> identifierBinding(id("identifier-binding", a[0]), phaseArg(a, 1))));
        t.add(Primitive.ofN("identifier-binding-symbol", 1, 2, a -> {
            Syntax i = id("identifier-binding-symbol", a[0]);
            Binding b = Expander.resolve(i, phaseArg(a, 1));
            return b instanceof Binding.Module m ? m.sym() : i.sym();
        }));
        t.add(Primitive.ofN("raise-syntax-error", 2, 6, SyntaxPrims::raiseSyntaxError));
        t.add(Primitive.ofN("generate-temporaries", 1, 1, a -> {
            Object x = a[0] instanceof Syntax s ? s.content() : a[0];
            List<Object> out = new ArrayList<>();
            int i = 1;
            Scope sc = new Scope("temporaries");
            for (Object e : Syntax.listOf(x)) {
                Object d = Syntax.toDatum(e);
                String base = d instanceof Symbol s ? s.name : "temp";
                out.add(new Syntax(Symbol.of(base + i++), SrcLoc.NONE).addScope(sc));
            }
            return Pair.list(out.toArray());
        }));
        // ---- transformer environment ------------------------------------------------------
        t.add(Primitive.ofN("syntax-local-value", 1, 3, a -> syntaxLocalValue(a, true)));
        t.add(Primitive.ofN("syntax-local-value/immediate", 1, 3, a -> syntaxLocalValue(a, false)));
        t.add(Primitive.of1("syntax-local-introduce", v -> {
            ExpandContext.TransformerFrame f = frame("syntax-local-introduce");
            return stx("syntax-local-introduce", v).flipScope(f.intro());
        }));
        t.add(Primitive.ofN("make-syntax-introducer", 0, 1, a -> {
            Scope sc = new Scope("introducer");
            return Primitive.ofN("syntax-introducer", 1, 2, b -> {
                Syntax s = stx("syntax-introducer", b[0]);
                String mode = b.length > 1 ? ((Symbol) b[1]).name : "flip";
                return switch (mode) {
                    case "add" -> s.addScope(sc);
                    case "remove" -> s.removeScope(sc);
                    default -> s.flipScope(sc);
                };
            });
        }));
        t.add(Primitive.of0("syntax-local-context", () -> {
            ExpandContext.TransformerFrame f = frame("syntax-local-context");
            return switch (f.ctx().kind) {
                case EXPRESSION -> Symbol.of("expression");
                case TOP_LEVEL -> Symbol.of("top-level");
                case MODULE -> Symbol.of("module");
                case MODULE_BEGIN -> Symbol.of("module-begin");
                case INTERNAL_DEFINITION -> Pair.list(f.ctx().defCtx == null ? Boolean.FALSE : f.ctx().defCtx);
            };
        }));
        t.add(Primitive.of0("syntax-local-name", () -> {
            ExpandContext.TransformerFrame f = ExpandContext.currentFrame();
            return f == null || f.ctx().name == null ? Boolean.FALSE : f.ctx().name.sym();
        }));
        t.add(Primitive.of0("syntax-local-phase-level", () -> {
            ExpandContext.TransformerFrame f = ExpandContext.currentFrame();
            return Long.valueOf(f == null ? 0 : f.ctx().phase);
        }));
        t.add(Primitive.of0("syntax-transforming?", () -> ExpandContext.currentFrame() != null));
        t.add(Primitive.ofN("local-expand", 3, 4, SyntaxPrims::localExpand));
        t.add(Primitive.ofN("make-rename-transformer", 1, 2, a -> new Transformers.RenameTransformer(id("make-rename-transformer", a[0]))));
        t.add(Primitive.of1("rename-transformer?", v -> v instanceof Transformers.RenameTransformer));
        t.add(Primitive.of1("rename-transformer-target", v -> ((Transformers.RenameTransformer) v).target()));
        t.add(Primitive.of1("make-set!-transformer", v -> {
            if (!(v instanceof Procedure p)) throw Errors.contract("make-set!-transformer", "(procedure-arity-includes/c 1)", v);
            return new Transformers.SetBangTransformer(p);
        }));
        t.add(Primitive.of1("set!-transformer?", v -> v instanceof Transformers.SetBangTransformer));
        t.add(Primitive.of1("set!-transformer-procedure", v -> ((Transformers.SetBangTransformer) v).proc()));
        // ---- namespaces --------------------------------------------------------------------
        t.put("current-namespace", Namespace.CURRENT);
        t.add(Primitive.of0("make-base-namespace", Namespace::makeBase));
        // racket/base declared and instantiated in the registry, nothing in the top level
        t.add(Primitive.of0("make-base-empty-namespace", () -> Namespace.makeBase().withSharedRegistry()));
        // A module's variable reference names the module's inside; a top-level one, the namespace.
        t.add(Primitive.of1("variable-reference->namespace", v -> {
            if (!(v instanceof org.jracket.runtime.eval.VariableReference r)) throw Errors.contract("variable-reference->namespace", "variable-reference?", v);
            Namespace current = Namespace.current();
            var decl = current.declarationWithBody(r.linklet.source);
            return decl == null ? current : org.jracket.runtime.namespace.ModuleNamespace.of(current, decl);
        }));
        t.add(Primitive.of1("module->namespace", v -> Namespace.current().moduleNamespace(v)));
        t.add(Primitive.of1("variable-reference->empty-namespace", v -> {
            if (!(v instanceof org.jracket.runtime.eval.VariableReference)) throw Errors.contract("variable-reference->empty-namespace", "variable-reference?", v);
            return Namespace.current().withSharedRegistry();
        }));
        t.add(Primitive.of0("make-empty-namespace", Namespace::new));
        t.add(Primitive.of1("namespace?", v -> v instanceof Namespace));
        t.add(Primitive.ofN("eval", 1, 2, a -> ns(a, 1).evalTopLevel(a[0])));
        t.add(Primitive.ofN("eval-syntax", 1, 2, a -> ns(a, 1).evalTopLevel(stx("eval-syntax", a[0]))));
        t.add(Primitive.ofN("expand", 1, 2, a -> Namespace.current().expand(a[0])));
        t.add(Primitive.ofN("expand-syntax", 1, 2, a -> Namespace.current().expand(stx("expand-syntax", a[0]))));
        t.add(Primitive.ofN("namespace-syntax-introduce", 1, 2, a -> Namespace.current().withTopContext(stx("namespace-syntax-introduce", a[0]))));
        t.add(Primitive.ofN("namespace-require", 1, 2, a -> { ns(a, 1).namespaceRequire(a[0]); return VoidValue.VOID; }));
        t.add(Primitive.ofN("namespace-variable-value", 1, 4, a -> {
            Namespace n = ns(a, 3);
            Object v = n.variableValue((Symbol) a[0]);
            if (v == null || v == org.jracket.runtime.data.Undefined.UNDEFINED) {
                if (a.length > 2 && a[2] instanceof Procedure p) return p.apply0();
                throw Errors.raise(ExnTypes.VARIABLE, ((Symbol) a[0]).name
                        + ": undefined;\n cannot reference an identifier before its definition", a[0]);
            }
            return v;
        }));
        t.add(Primitive.ofN("namespace-set-variable-value!", 2, 4, a -> {
            ns(a, 3).topVariable(0, (Symbol) a[0]).value = a[1];
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("load", 1, 2, a -> Namespace.current().loadFile(a[0].toString())));
        t.add(Primitive.ofN("dynamic-require", 2, 3, a -> {
            Object mp = a[0] instanceof ModuleName ? a[0] : a[0];
            return Namespace.current().dynamicRequire(mp, a[1]);
        }));
        t.add(Primitive.ofN("module-declared?", 1, 2, a ->
                Namespace.current().isModuleDeclared(a[0] instanceof Syntax s ? Syntax.toDatum(s) : a[0], a.length > 1 && a[1] != Boolean.FALSE)));
    }

    private static Namespace ns(Object[] a, int i) {
        return a.length > i && a[i] instanceof Namespace n ? n : Namespace.current();
    }

    private static Object datumToSyntax(Object[] a) {
        Syntax ctx = a[0] instanceof Syntax s ? s : null;
        SrcLoc loc = SrcLoc.NONE;
        if (a.length > 2) loc = srcloc(a[2]);
        Syntax props = a.length > 3 && a[3] instanceof Syntax p ? p : null;
        if (a[1] instanceof Syntax s) return s;
        return Syntax.fromDatum(ctx, a[1], loc, props);
    }

    private static SrcLoc srcloc(Object v) {
        if (v instanceof Syntax s) return s.loc;
        Object[] parts = null;
        if (v instanceof MVector vec) parts = vec.items;
        else if (v instanceof Pair) parts = Pair.toArray(v);
        else if (v instanceof org.jracket.runtime.data.Struct st && st.fields.length == 5) parts = st.fields;
        if (parts == null || parts.length != 5) return SrcLoc.NONE;
        return new SrcLoc(parts[0] == Boolean.FALSE ? null : parts[0], num(parts[1]), num(parts[2]), num(parts[3]), num(parts[4]));
    }

    private static int num(Object v) { return v instanceof Number n ? n.intValue() : -1; }

    static Object identifierBinding(Syntax id, int phase) {
        Binding b = Expander.resolve(id, phase);
        if (b == null) return Boolean.FALSE;
        if (b instanceof Binding.Local) return Symbol.of("lexical");
        Binding.Module m = (Binding.Module) b;
        if (m.module() == TopLevel.MODULE) return Boolean.FALSE;
        return Pair.list(m.module(), m.sym(), m.nominalModule(), m.nominalSym(), Long.valueOf(m.phase()),
                Phase.toRacket(m.nominalRequirePhase()), Phase.toRacket(m.nominalPhase()));
    }

    private static Object raiseSyntaxError(Object[] a) {
        String who;
        Syntax form = a.length > 2 && a[2] != Boolean.FALSE ? asSyntax(a[2]) : null;
        Syntax sub = a.length > 3 && a[3] != Boolean.FALSE ? asSyntax(a[3]) : null;
        if (a[0] instanceof Symbol s) who = s.name;
        else if (a[0] == Boolean.FALSE) who = form == null ? "?" : SyntaxErrors.formName(form);
        else throw Errors.contract("raise-syntax-error", "(or/c symbol? #f)", a[0]);
        if (!(a[1] instanceof MString msg)) throw Errors.contract("raise-syntax-error", "string?", a[1]);
        // message-suffix: text after the "in:" line
        String suffix = "";
        if (a.length > 5) {
            if (!(a[5] instanceof MString sfx)) throw Errors.contract("raise-syntax-error", "string?", a[5]);
            suffix = sfx.toString();
        }
        throw SyntaxErrors.raiseTyped(ExnTypes.SYNTAX, who, msg.toString(), form, sub, suffix);
    }

    private static Syntax asSyntax(Object v) {
        return v instanceof Syntax s ? s : Syntax.fromDatum(null, v, SrcLoc.NONE, null);
    }

    private static Object syntaxLocalValue(Object[] a, boolean followRenames) {
        ExpandContext.TransformerFrame f = frame("syntax-local-value");
        Syntax i = id("syntax-local-value", a[0]);
        Procedure fail = a.length > 1 && a[1] instanceof Procedure p ? p : null;
        for (int depth = 0; depth < 100; depth++) {
            Binding b = Expander.resolve(i, f.ctx());
            Object v = b == null ? null : Expander.lookup(b, f.ctx(), i);
            if (v == null || v == Transformers.VARIABLE) {
                if (fail != null) return fail.apply0();
                throw Errors.raise(ExnTypes.CONTRACT, "syntax-local-value: unbound identifier\n  identifier: "
                        + org.jracket.runtime.print.Printer.toWriteString(i));
            }
            if (followRenames && v instanceof Transformers.RenameTransformer rt) { i = rt.target(); continue; }
            if (!followRenames) return MultipleValuesOf(v, i);
            return v;
        }
        throw Errors.fail("syntax-local-value: rename-transformer cycle");
    }

    private static Object MultipleValuesOf(Object v, Syntax i) {
        return org.jracket.runtime.data.MultipleValues.of(new Object[] {v, v instanceof Transformers.RenameTransformer rt ? rt.target() : Boolean.FALSE});
    }

    private static Object localExpand(Object[] a) {
        ExpandContext.TransformerFrame f = frame("local-expand");
        Syntax s = stx("local-expand", a[0]);
        ExpandContext base = f.ctx();
        ExpandContext ctx;
        Object kind = a[1];
        if (kind instanceof Symbol k && k.name.equals("expression")) ctx = base.asExpression();
        else ctx = base.withKind(base.kind, base.defCtx);
        Object stops = a[2];
        if (stops instanceof Pair) {
            List<Binding> bs = new ArrayList<>();
            for (Object x : Pair.toArray(stops)) {
                Binding b = Expander.resolve(id("local-expand", x), ctx.phase);
                if (b != null) bs.add(b);
            }
            ctx = ctx.withStops(bs);
        } else {
            ctx = ctx.full();
        }
        Syntax in = f.intro() == null ? s : s.flipScope(f.intro());
        Syntax out = Expander.expand(in, ctx);
        return f.intro() == null ? out : out.flipScope(f.intro());
    }

    static Object unused() { return Null.NULL; }
}
