package org.jracket.runtime.module.compiled;

import static org.jracket.runtime.module.compiled.Tags.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.ir.Local;
import org.jracket.runtime.ir.SlotSource;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.PhaseBody;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/** Reads what {@link DeclWriter} wrote. The expanded form is not kept in compiled files. */
final class DeclReader {
    private final GraphReader g;
    private final ByteSource in;
    /** Every declaration read (the unit's own modules, for bulk imports of submodules). */
    final Map<ModuleName, ModuleDeclaration> declared = new HashMap<>();

    DeclReader(GraphReader g) { this.g = g; this.in = g.in; }

    @SuppressWarnings("unchecked")
    ModuleDeclaration decl() {
        ModuleName name = (ModuleName) g.obj();
        List<Require> requires = new ArrayList<>();
        for (int n = in.uint(); n > 0; n--) requires.add(new Require((ModuleName) g.obj(), in.sint()));
        Map<Integer, Map<Symbol, Binding.Module>> provides = new HashMap<>();
        for (int n = in.uint(); n > 0; n--) {
            int phase = in.sint();
            LinkedHashMap<Symbol, Binding.Module> m = new LinkedHashMap<>();
            for (int k = in.uint(); k > 0; k--) { Symbol s = (Symbol) g.obj(); m.put(s, (Binding.Module) g.obj()); }
            provides.put(phase, Collections.unmodifiableMap(m));
        }
        Map<Integer, Set<Symbol>> syntaxNames = new HashMap<>();
        for (int n = in.uint(); n > 0; n--) {
            int phase = in.sint();
            Set<Symbol> s = new HashSet<>();
            for (int k = in.uint(); k > 0; k--) s.add((Symbol) g.obj());
            syntaxNames.put(phase, Set.copyOf(s));
        }
        Map<Integer, PhaseBody> bodies = new HashMap<>();
        for (int n = in.uint(); n > 0; n--) {
            int phase = in.sint();
            Linklet l = linklet();
            int[] slots = new int[in.uint()];
            Syntax[] literals = new Syntax[slots.length];
            for (int i = 0; i < slots.length; i++) { slots[i] = in.uint(); literals[i] = (Syntax) g.obj(); }
            bodies.put(phase, new PhaseBody(l, slots, literals));
        }
        Map<Symbol, ModuleDeclaration> pre = submodules(), post = submodules();
        ModuleDeclaration d = new ModuleDeclaration(name, List.copyOf(requires), Map.copyOf(provides),
                Map.copyOf(syntaxNames), Map.copyOf(bodies), pre, post, null);
        declared.put(name, d);
        return d;
    }

    private Map<Symbol, ModuleDeclaration> submodules() {
        int n = in.uint();
        if (n == 0) return Map.of();
        LinkedHashMap<Symbol, ModuleDeclaration> m = new LinkedHashMap<>();
        for (; n > 0; n--) { Symbol s = (Symbol) g.obj(); m.put(s, decl()); }
        return Collections.unmodifiableMap(m);
    }

    private Linklet linklet() {
        String name = (String) g.obj();
        SlotSource[] slots = new SlotSource[in.uint()];
        for (int i = 0; i < slots.length; i++) {
            int tag = in.u8();
            slots[i] = switch (tag) {
                case S_IMPORTED -> { Object m = g.obj(); int p = in.sint(); yield new SlotSource.Imported(m, p, (Symbol) g.obj()); }
                case S_DEFINED -> new SlotSource.Defined((Symbol) g.obj());
                case S_TOP -> new SlotSource.TopLevel((Symbol) g.obj());
                default -> throw new ByteSource.CorruptUnit("bad slot tag " + tag);
            };
        }
        return new Linklet(name, slots, exprs());
    }

    private Expr[] exprs() {
        Expr[] es = new Expr[in.uint()];
        for (int i = 0; i < es.length; i++) es[i] = expr();
        return es;
    }

    private Local[] locals() {
        Local[] ls = new Local[in.uint()];
        for (int i = 0; i < ls.length; i++) ls[i] = (Local) g.obj();
        return ls;
    }

    private int[] ints() {
        int[] a = new int[in.uint()];
        for (int i = 0; i < a.length; i++) a[i] = in.uint();
        return a;
    }

    private Expr expr() {
        int tag = in.u8();
        switch (tag) {
            case X_QUOTE: return new Expr.Quote(g.obj());
            case X_QUOTE_SYNTAX: return new Expr.QuoteSyntax((Syntax) g.obj());
            case X_LOCAL_REF: return new Expr.LocalRef((Local) g.obj());
            case X_GLOBAL_REF: return new Expr.GlobalRef(in.uint());
            case X_PRIM_REF: return new Expr.PrimRef((Primitive) g.obj());
            case X_SET_LOCAL: { Local l = (Local) g.obj(); return new Expr.SetLocal(l, expr()); }
            case X_SET_GLOBAL: { int s = in.uint(); return new Expr.SetGlobal(s, expr()); }
            case X_DEFINE: { int[] s = ints(); return new Expr.DefineValues(s, expr()); }
            case X_LAMBDA: return lambda();
            case X_CASE_LAMBDA: {
                String name = (String) g.obj();
                Expr.Lambda[] cs = new Expr.Lambda[in.uint()];
                for (int i = 0; i < cs.length; i++) cs[i] = lambda();
                return new Expr.CaseLambda(cs, name);
            }
            case X_IF: { Expr t = expr(), a = expr(); return new Expr.If(t, a, expr()); }
            case X_BEGIN: return new Expr.Begin(exprs());
            case X_BEGIN0: { Expr f = expr(); return new Expr.Begin0(f, exprs()); }
            case X_LET: { Local[][] ids = ids(); Expr[] rhs = exprs(); return new Expr.LetValues(ids, rhs, expr()); }
            case X_LETREC: { Local[][] ids = ids(); Expr[] rhs = exprs(); return new Expr.LetrecValues(ids, rhs, expr()); }
            case X_WCM: { Expr k = expr(), v = expr(); return new Expr.WithContinuationMark(k, v, expr()); }
            case X_APP: { Expr f = expr(); Expr[] args = exprs(); return new Expr.App(f, args, (SrcLoc) g.obj()); }
            case X_VARREF: return new Expr.VariableReference(in.sint());
            default: throw new ByteSource.CorruptUnit("bad expression tag " + tag + " at offset " + (in.position() - 1));
        }
    }

    private Expr.Lambda lambda() {
        Local[] params = locals();
        Local rest = (Local) g.obj();
        Expr body = expr();
        String name = (String) g.obj();
        return new Expr.Lambda(params, rest, body, name, (SrcLoc) g.obj());
    }

    private Local[][] ids() {
        Local[][] ids = new Local[in.uint()][];
        for (int i = 0; i < ids.length; i++) ids[i] = locals();
        return ids;
    }
}
