package org.jracket.runtime.expand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.ir.Local;
import org.jracket.runtime.ir.SlotSource;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/**
 * Turns fully expanded syntax of one phase into the IR of a {@link Linklet}: every identifier
 * is resolved again (its binding is what the expander recorded), locals become {@link Local}s,
 * primitives of Java modules become constants, and everything else a slot of the linklet.
 *
 * <p>Two flavours: for a module's declaration ({@code self} set) the module's own definitions
 * at this phase are {@code Defined} slots and syntax literals are read from slots, so each
 * instance can provide them phase-shifted; for code run at once (compile-time expressions,
 * top-level forms) every module variable is {@code Imported} and literals are constants.
 */
public final class Lowering {
    private final int phase;
    private final ModuleName self;
    private final ExpandContext ctx;
    private final ArrayList<SlotSource> slots = new ArrayList<>();
    private final HashMap<SlotSource, Integer> slotIndex = new HashMap<>();
    private final HashMap<Symbol, Local> locals = new HashMap<>();
    private final ArrayList<Integer> literalSlots = new ArrayList<>();
    private final ArrayList<Syntax> literals = new ArrayList<>();

    /** ctx supplies the session (for core-form recognition); self null: run-at-once flavour. */
    public Lowering(int phase, ModuleName self, ExpandContext ctx) {
        this.phase = phase; this.self = self; this.ctx = ctx.atPhase(phase).full();
    }

    public Linklet linklet(String name, List<Expr> body) {
        return new Linklet(name, slots.toArray(new SlotSource[0]), body.toArray(new Expr[0]));
    }

    public int[] literalSlots() { return literalSlots.stream().mapToInt(Integer::intValue).toArray(); }

    public Syntax[] literals() { return literals.toArray(new Syntax[0]); }

    public int slot(SlotSource src) {
        Integer i = slotIndex.get(src);
        if (i != null) return i;
        slots.add(src);
        slotIndex.put(src, slots.size() - 1);
        return slots.size() - 1;
    }

    // ---- definitions ---------------------------------------------------------------------

    /** (define-values (id ...) rhs) at this phase. */
    public Expr defineValues(Syntax form) {
        List<Syntax> l = form.toList();
        List<Syntax> ids = l.get(1).toList();
        int[] s = new int[ids.size()];
        for (int i = 0; i < s.length; i++) s[i] = variableSlot(ids.get(i));
        return new Expr.DefineValues(s, lower(l.get(2), ids.size() == 1 ? ids.get(0).sym().name : null));
    }

    /** (define-syntaxes (id ...) rhs) of phase-1 ids, lowered into this (phase) linklet. */
    public Expr defineSyntaxes(Syntax form) {
        List<Syntax> l = form.toList();
        List<Syntax> ids = l.get(1).toList();
        int[] s = new int[ids.size()];
        for (int i = 0; i < s.length; i++) {
            Binding.Module b = (Binding.Module) Expander.resolve(ids.get(i), phase - 1);
            s[i] = slot(new SlotSource.Defined(ModuleDeclaration.syntaxKey(b.sym())));
        }
        return new Expr.DefineValues(s, lower(l.get(2), ids.size() == 1 ? ids.get(0).sym().name : null));
    }

    private int variableSlot(Syntax id) {
        Binding b = Expander.resolve(id, phase);
        if (b == null) return slot(new SlotSource.TopLevel(id.sym()));
        return slot(sourceOf((Binding.Module) b));
    }

    private SlotSource sourceOf(Binding.Module m) {
        if (m.module() == TopLevel.MODULE) return new SlotSource.TopLevel(m.sym());
        if (self != null && self.equals(m.module()) && m.phase() == phase) return new SlotSource.Defined(m.sym());
        return new SlotSource.Imported(m.module(), m.phase(), m.sym());
    }

    // ---- expressions ---------------------------------------------------------------------

    public Expr lower(Syntax s) { return lower(s, null); }

    /** Lowers an expression; name names a lambda in this position (inferred from a binding). */
    public Expr lower(Syntax s, String name) {
        if (s.isIdentifier()) return reference(s);
        Object c = s.content();
        String core = CoreForms.coreName(s, ctx);
        if (core == null) throw new IllegalStateException("not fully expanded: " + s);
        List<Syntax> l;
        switch (core) {
            case "quote": return new Expr.Quote(Syntax.toDatum(s.toList().get(1)));
            case "quote-syntax": {
                Syntax lit = s.toList().get(1);
                if (self == null) return new Expr.QuoteSyntax(lit);
                int slot = slot(new SlotSource.Defined(Symbol.unreadable("syntax-literal:" + literals.size() + ":" + System.identityHashCode(this))));
                literalSlots.add(slot);
                literals.add(lit);
                return new Expr.GlobalRef(slot);
            }
            case "if": l = s.toList(); return new Expr.If(lower(l.get(1)), lower(l.get(2), name), lower(l.get(3), name));
            case "begin": return new Expr.Begin(lowerAll(s.toList(), 1, name));
            case "begin0": {
                l = s.toList();
                Expr[] rest = new Expr[l.size() - 2];
                for (int i = 2; i < l.size(); i++) rest[i - 2] = lower(l.get(i));
                return new Expr.Begin0(lower(l.get(1), name), rest);
            }
            case "with-continuation-mark":
                l = s.toList();
                return new Expr.WithContinuationMark(lower(l.get(1)), lower(l.get(2)), lower(l.get(3), name));
            case "lambda": case "#%plain-lambda": {
                l = s.toList();
                return lambda(l.get(1), l, 2, s, inferredName(s, name));
            }
            case "case-lambda": {
                l = s.toList();
                String n = inferredName(s, name);
                Expr.Lambda[] clauses = new Expr.Lambda[l.size() - 1];
                for (int i = 1; i < l.size(); i++) {
                    List<Syntax> cl = l.get(i).toList();
                    clauses[i - 1] = lambda(cl.get(0), cl, 1, l.get(i), n);
                }
                return new Expr.CaseLambda(clauses, n);
            }
            case "let-values": case "letrec-values": {
                l = s.toList();
                boolean rec = core.equals("letrec-values");
                List<Syntax> clauses = l.get(1).toList();
                Local[][] ids = new Local[clauses.size()][];
                Expr[] rhs = new Expr[clauses.size()];
                List<List<Syntax>> idStx = new ArrayList<>();
                for (int i = 0; i < clauses.size(); i++) {
                    List<Syntax> cl = clauses.get(i).toList();
                    List<Syntax> is = cl.get(0).toList();
                    idStx.add(is);
                    ids[i] = new Local[is.size()];
                    if (rec) for (int j = 0; j < is.size(); j++) ids[i][j] = bindLocal(is.get(j));
                }
                for (int i = 0; i < clauses.size(); i++) {
                    List<Syntax> is = idStx.get(i);
                    rhs[i] = lower(clauses.get(i).toList().get(1), is.size() == 1 ? is.get(0).sym().name : null);
                }
                if (!rec) {
                    for (int i = 0; i < clauses.size(); i++) {
                        List<Syntax> is = idStx.get(i);
                        for (int j = 0; j < is.size(); j++) ids[i][j] = bindLocal(is.get(j));
                    }
                }
                Expr body = body(l, 2, name);
                return rec ? new Expr.LetrecValues(ids, rhs, body) : new Expr.LetValues(ids, rhs, body);
            }
            case "set!": {
                l = s.toList();
                Syntax id = l.get(1);
                Expr v = lower(l.get(2), id.sym().name);
                Binding b = Expander.resolve(id, phase);
                if (b instanceof Binding.Local loc) return new Expr.SetLocal(local(loc, id), v);
                return new Expr.SetGlobal(variableSlot(id), v);
            }
            case "#%app": case "#%plain-app": {
                l = s.toList();
                Expr fn = lower(l.get(1));
                Expr[] args = new Expr[l.size() - 2];
                for (int i = 2; i < l.size(); i++) args[i - 2] = lower(l.get(i));
                return new Expr.App(fn, args, s.loc);
            }
            case "#%top": {
                Syntax id = CoreForms.cdrSyntax(s);
                if (ctx.module != null) {
                    Binding b = Expander.resolve(id, phase);
                    if (b instanceof Binding.Module m) return new Expr.GlobalRef(slot(sourceOf(m)));
                    return new Expr.GlobalRef(slot(sourceOf(new Binding.Module(ctx.module.name, phase, id.sym()))));
                }
                return new Expr.GlobalRef(slot(new SlotSource.TopLevel(id.sym())));
            }
            case "#%variable-reference": {
                l = s.toList();
                if (l.size() == 1) return new Expr.VariableReference(-1);
                Syntax id = l.get(1);
                if (!id.isIdentifier()) id = CoreForms.cdrSyntax(id);
                Binding b = Expander.resolve(id, phase);
                if (b instanceof Binding.Module m && !PrimitiveModules.isPrimitive(m.module())) {
                    return new Expr.VariableReference(slot(sourceOf(m)));
                }
                return new Expr.VariableReference(-1);
            }
            case "#%expression": return lower(s.toList().get(1), name);
            default:
                throw SyntaxErrors.raise(core, "not allowed in an expression context", s, null);
        }
    }

    private Expr[] lowerAll(List<Syntax> l, int from, String lastName) {
        Expr[] out = new Expr[l.size() - from];
        for (int i = from; i < l.size(); i++) out[i - from] = lower(l.get(i), i == l.size() - 1 ? lastName : null);
        return out;
    }

    private Expr body(List<Syntax> l, int from, String name) {
        if (l.size() - from == 1) return lower(l.get(from), name);
        return new Expr.Begin(lowerAll(l, from, name));
    }

    private Expr.Lambda lambda(Syntax formals, List<Syntax> l, int bodyFrom, Syntax form, String name) {
        List<Local> params = new ArrayList<>();
        Local rest = null;
        Object x = formals.isIdentifier() ? formals : formals.content();
        while (true) {
            if (x instanceof Pair p) { params.add(bindLocal((Syntax) p.car)); x = p.cdr; }
            else if (x instanceof Syntax xs) {
                if (xs.isIdentifier()) { rest = bindLocal(xs); break; }
                x = xs.content();
            } else break;
        }
        return new Expr.Lambda(params.toArray(new Local[0]), rest, body(l, bodyFrom, null), name, form.loc);
    }

    private static String inferredName(Syntax s, String name) {
        Object p = s.property(Symbol.of("inferred-name"));
        if (p instanceof Symbol sym) return sym.name;
        if (p instanceof Syntax ps && ps.e instanceof Symbol sym) return sym.name;
        return name != null ? name : sourceName(s);
    }

    /**
     * As Racket names a lambda that has no other name: by where it is in a file,
     * {@code /path/file.rkt:LINE:COL}, a path of more than 19 characters shortened to
     * {@code ...} and its last 19 (not for code without a file, such as the REPL's).
     */
    private static String sourceName(Syntax s) {
        Object src = s.loc == null ? null : s.loc.source();
        if (!(src instanceof String || src instanceof org.jracket.runtime.io.Path) || s.loc.line() < 0) return null;
        String path = s.loc.sourceText();
        if (!path.startsWith("/")) return null;
        if (path.length() > 19) path = "..." + path.substring(path.length() - 19);
        return path + ":" + s.loc.line() + ":" + Math.max(s.loc.column(), 0);
    }

    private Local bindLocal(Syntax id) {
        Binding b = Expander.resolve(id, phase);
        if (!(b instanceof Binding.Local l)) throw new IllegalStateException("not a local binding: " + id);
        Local loc = new Local(id.sym());
        locals.put(l.key(), loc);
        return loc;
    }

    private Local local(Binding.Local b, Syntax id) {
        Local l = locals.get(b.key());
        if (l == null) throw SyntaxErrors.raise(id.sym().name, "identifier used out of context", id, null);
        return l;
    }

    private Expr reference(Syntax id) {
        Binding b = Expander.resolve(id, phase);
        if (b == null) return new Expr.GlobalRef(slot(new SlotSource.TopLevel(id.sym())));
        if (b instanceof Binding.Local l) return new Expr.LocalRef(local(l, id));
        Binding.Module m = (Binding.Module) b;
        PrimitiveTable t = m.module() instanceof ModuleName mn ? PrimitiveModules.table(mn) : null;
        if (t != null) {
            Object v = t.get(m.sym().name);
            if (v == null) throw SyntaxErrors.raise(m.sym().name, "not a primitive variable", id, null);
            return v instanceof Primitive p ? new Expr.PrimRef(p) : new Expr.Quote(v);
        }
        return new Expr.GlobalRef(slot(sourceOf(m)));
    }

    /** The location used for a linklet built from forms. */
    static SrcLoc locOf(Syntax s) { return s.loc; }
}
