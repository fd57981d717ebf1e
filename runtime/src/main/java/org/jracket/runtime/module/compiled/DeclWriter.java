package org.jracket.runtime.module.compiled;

import static org.jracket.runtime.module.compiled.Tags.*;

import java.util.Map;
import java.util.Set;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.ir.Local;
import org.jracket.runtime.ir.SlotSource;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.PhaseBody;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.syntax.Binding;

/** Writes a module declaration (with its submodules) and its IR linklets. */
final class DeclWriter {
    private final GraphWriter g;
    private final ByteSink out;

    DeclWriter(GraphWriter g) { this.g = g; this.out = g.out; }

    void decl(ModuleDeclaration d) {
        g.obj(d.name());
        out.uvar(d.requires().size());
        for (Require r : d.requires()) { g.obj(r.module()); out.svar(r.level()); }
        out.uvar(d.provides().size());
        for (Map.Entry<Integer, Map<Symbol, Binding.Module>> e : d.provides().entrySet()) {
            out.svar(e.getKey()); out.uvar(e.getValue().size());
            e.getValue().forEach((k, b) -> { g.obj(k); g.obj(b); });
        }
        out.uvar(d.syntaxNames().size());
        for (Map.Entry<Integer, Set<Symbol>> e : d.syntaxNames().entrySet()) {
            out.svar(e.getKey()); out.uvar(e.getValue().size());
            for (Symbol s : e.getValue()) g.obj(s);
        }
        out.uvar(d.bodies().size());
        for (Map.Entry<Integer, PhaseBody> e : d.bodies().entrySet()) {
            out.svar(e.getKey());
            PhaseBody b = e.getValue();
            linklet(b.linklet);
            out.uvar(b.literals.length);
            for (int i = 0; i < b.literals.length; i++) { out.uvar(b.literalSlots[i]); g.obj(b.literals[i]); }
        }
        submodules(d.preSubmodules());
        submodules(d.postSubmodules());
    }

    private void submodules(Map<Symbol, ModuleDeclaration> subs) {
        out.uvar(subs.size());
        subs.forEach((k, d) -> { g.obj(k); decl(d); });
    }

    private void linklet(Linklet l) {
        g.obj(l.name());
        out.uvar(l.slots().length);
        for (SlotSource s : l.slots()) {
            switch (s) {
                case SlotSource.Imported i -> { out.u8(S_IMPORTED); g.obj(i.module()); out.svar(i.phase()); g.obj(i.name()); }
                case SlotSource.Defined d -> { out.u8(S_DEFINED); g.obj(d.name()); }
                case SlotSource.TopLevel t -> { out.u8(S_TOP); g.obj(t.name()); }
            }
        }
        exprs(l.body());
    }

    private void exprs(Expr[] es) {
        out.uvar(es.length);
        for (Expr e : es) expr(e);
    }

    private void locals(Local[] ls) {
        out.uvar(ls.length);
        for (Local l : ls) g.obj(l);
    }

    private void ints(int[] a) {
        out.uvar(a.length);
        for (int i : a) out.uvar(i);
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Quote q -> { out.u8(X_QUOTE); g.obj(q.datum()); }
            case Expr.QuoteSyntax q -> { out.u8(X_QUOTE_SYNTAX); g.obj(q.stx()); }
            case Expr.LocalRef r -> { out.u8(X_LOCAL_REF); g.obj(r.var()); }
            case Expr.GlobalRef r -> { out.u8(X_GLOBAL_REF); out.uvar(r.slot()); }
            case Expr.PrimRef r -> { out.u8(X_PRIM_REF); g.obj(r.prim()); }
            case Expr.SetLocal s -> { out.u8(X_SET_LOCAL); g.obj(s.var()); expr(s.value()); }
            case Expr.SetGlobal s -> { out.u8(X_SET_GLOBAL); out.uvar(s.slot()); expr(s.value()); }
            case Expr.DefineValues d -> { out.u8(X_DEFINE); ints(d.slots()); expr(d.value()); }
            case Expr.Lambda l -> { out.u8(X_LAMBDA); lambda(l); }
            case Expr.CaseLambda c -> {
                out.u8(X_CASE_LAMBDA); g.obj(c.name()); out.uvar(c.clauses().length);
                for (Expr.Lambda l : c.clauses()) lambda(l);
            }
            case Expr.If i -> { out.u8(X_IF); expr(i.test()); expr(i.then()); expr(i.otherwise()); }
            case Expr.Begin b -> { out.u8(X_BEGIN); exprs(b.body()); }
            case Expr.Begin0 b -> { out.u8(X_BEGIN0); expr(b.first()); exprs(b.rest()); }
            case Expr.LetValues l -> { out.u8(X_LET); let(l.ids(), l.rhs(), l.body()); }
            case Expr.LetrecValues l -> { out.u8(X_LETREC); let(l.ids(), l.rhs(), l.body()); }
            case Expr.WithContinuationMark w -> { out.u8(X_WCM); expr(w.key()); expr(w.value()); expr(w.body()); }
            case Expr.App a -> { out.u8(X_APP); expr(a.fn()); exprs(a.args()); g.obj(a.loc()); }
            case Expr.VariableReference v -> { out.u8(X_VARREF); out.svar(v.slot()); }
        }
    }

    private void lambda(Expr.Lambda l) {
        locals(l.params()); g.obj(l.rest()); expr(l.body()); g.obj(l.name()); g.obj(l.loc());
    }

    private void let(Local[][] ids, Expr[] rhs, Expr body) {
        out.uvar(ids.length);
        for (Local[] ls : ids) locals(ls);
        exprs(rhs);
        expr(body);
    }
}
