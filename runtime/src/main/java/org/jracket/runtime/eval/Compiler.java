package org.jracket.runtime.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.ir.ExprWalk;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.ir.Local;

/**
 * Compiles a linklet's IR into nodes: resolves each local to (frames out, slot), decides
 * tail positions, and picks specialized nodes (known primitives, small arities).
 */
final class Compiler {
    /** The frame of one lambda (or of the linklet body): slots of its params and locals. */
    private static final class Scope {
        final Scope parent;
        final IdentityHashMap<Local, Integer> slots = new IdentityHashMap<>();
        final IdentityHashMap<Local, Boolean> checked = new IdentityHashMap<>();
        int next = 2;

        Scope(Scope parent) { this.parent = parent; }

        int add(Local l) { slots.put(l, next); return next++; }
    }

    private final Linklet linklet;
    private final VariableReferenceNode.CompiledLinkletRef self = new VariableReferenceNode.CompiledLinkletRef();
    /** A stack of the lambdas made so far whose enclosing lambda is still being compiled. */
    private final ArrayList<LambdaCode> made = new ArrayList<>();
    private final ModuleConstants constants;
    /** The top-level form being compiled (references after a constant's definition fold). */
    private int form;

    Compiler(Linklet linklet) {
        this.linklet = linklet;
        this.constants = ModuleConstants.of(linklet);
    }

    CompiledLinklet compile() {
        Scope root = new Scope(null);
        Expr[] forms = linklet.body();
        Node[] body = new Node[forms.length];
        for (form = 0; form < forms.length; form++) body[form] = compile(forms[form], root, false);
        CompiledLinklet cl = new CompiledLinklet(linklet, body, root.next);
        self.set(cl);
        return cl;
    }

    private Node compile(Expr e, Scope s, boolean tail) { return compile(e, s, tail, tail, false); }

    /** e where exactly one value is wanted (an operand, an if test, a mark's key or value). */
    private Node value(Expr e, Scope s) { return compile(e, s, false, false, true); }

    /**
     * @param tail      a call here may be handed to the enclosing call loop
     * @param frameTail a mark set here belongs to the current continuation frame (true in tail
     *                  position and in the body of a non-tail with-continuation-mark)
     * @param single    the continuation takes exactly one value: a call here checks that its
     *                  result is not several (Racket's result arity error), as nothing after
     *                  it would (a multiple-values result would pass as one odd value)
     */
    private Node compile(Expr e, Scope s, boolean tail, boolean frameTail, boolean single) {
        return switch (e) {
            case Expr.Quote q -> new ConstNode(q.datum());
            case Expr.QuoteSyntax q -> new ConstNode(q.stx());
            case Expr.PrimRef p -> new ConstNode(p.prim());
            case Expr.LocalRef r -> localRef(r.var(), s);
            case Expr.GlobalRef g -> constants.isConstantIn(g.slot(), form) ? new ConstNode(constants.value(g.slot())) : new GlobalRefNode(g.slot());
            case Expr.SetLocal sl -> setLocal(sl, s);
            case Expr.SetGlobal sg -> new DefineNode(new int[] {sg.slot()}, compile(sg.value(), s, false), false);
            case Expr.DefineValues d -> new DefineNode(d.slots(), compile(d.value(), s, false), true);
            case Expr.Lambda l -> new LambdaNode(lambda(l, s, l.name()));
            case Expr.CaseLambda cl -> caseLambda(cl, s);
            case Expr.If i -> new IfNode(value(i.test(), s), compile(i.then(), s, tail, frameTail, single),
                    compile(i.otherwise(), s, tail, frameTail, single));
            case Expr.Begin b -> seq(b.body(), s, tail, frameTail, single);
            case Expr.Begin0 b -> new Begin0Node(compile(b.first(), s, false, false, single), all(b.rest(), s));
            case Expr.LetValues lv -> bind(lv.ids(), lv.rhs(), lv.body(), s, tail, frameTail, single, false);
            case Expr.LetrecValues lr -> bind(lr.ids(), lr.rhs(), lr.body(), s, tail, frameTail, single, true);
            case Expr.WithContinuationMark w -> new MarkNode(value(w.key(), s), value(w.value(), s),
                    compile(w.body(), s, tail, true, single), frameTail);
            case Expr.App a -> app(a, s, tail, single);
            case Expr.VariableReference v -> new VariableReferenceNode(self, v.slot());
        };
    }

    private Node[] all(Expr[] es, Scope s) {
        Node[] ns = new Node[es.length];
        for (int i = 0; i < es.length; i++) ns[i] = compile(es[i], s, false);
        return ns;
    }

    private Node seq(Expr[] body, Scope s, boolean tail, boolean frameTail, boolean single) {
        int last = body.length - 1;
        if (last == 0) return compile(body[0], s, tail, frameTail, single);
        Node[] ns = new Node[body.length];
        for (int i = 0; i < body.length; i++) ns[i] = i == last ? compile(body[i], s, tail, frameTail, single) : compile(body[i], s, false);
        return new SeqNode(ns);
    }

    private Node localRef(Local l, Scope s) {
        int depth = 0;
        for (Scope sc = s; sc != null; sc = sc.parent, depth++) {
            Integer slot = sc.slots.get(l);
            if (slot != null) return new LocalRefNode(depth, slot, sc.checked.containsKey(l) ? l.name.name : null);
        }
        throw new IllegalStateException("compile: unbound local " + l);
    }

    private Node setLocal(Expr.SetLocal sl, Scope s) {
        Node value = compile(sl.value(), s, false);
        int depth = 0;
        for (Scope sc = s; sc != null; sc = sc.parent, depth++) {
            Integer slot = sc.slots.get(sl.var());
            if (slot != null) return new SetLocalNode(depth, slot, value);
        }
        throw new IllegalStateException("compile: unbound local in set! " + sl.var());
    }

    private LambdaCode lambda(Expr.Lambda l, Scope outer, String name) {
        Scope s = new Scope(outer);
        for (Local p : l.params()) s.add(p);
        if (l.rest() != null) s.add(l.rest());
        int inner = made.size();
        Node body = compile(l.body(), s, true);
        LambdaCode code = new LambdaCode(l.params().length, l.rest() != null, s.next, name != null ? name : l.name());
        code.setInterpretedBody(body);
        // The lambdas made directly inside this one are those pushed since: they are its children.
        for (int i = inner; i < made.size(); i++) made.get(i).enclosing = code;
        made.subList(inner, made.size()).clear();
        made.add(code);
        return code;
    }

    private Node caseLambda(Expr.CaseLambda cl, Scope s) {
        LambdaCode[] codes = new LambdaCode[cl.clauses().length];
        for (int i = 0; i < codes.length; i++) codes[i] = lambda(cl.clauses()[i], s, cl.name());
        return new CaseLambdaNode(codes, cl.name());
    }

    private Node bind(Local[][] ids, Expr[] rhs, Expr body, Scope s, boolean tail, boolean frameTail, boolean single,
                      boolean rec) {
        int[][] slots = new int[ids.length][];
        Node[] rhsNodes = new Node[rhs.length];
        if (rec) {
            int early = firstReachingClause(ids, rhs);
            for (int i = 0; i < ids.length; i++) {
                slots[i] = new int[ids[i].length];
                for (int j = 0; j < ids[i].length; j++) {
                    slots[i][j] = s.add(ids[i][j]);
                    // A variable is read-checked unless it is bound to a lambda before any code
                    // that could reach the group runs (then nothing can read it uninitialized).
                    if (!isLambda(rhs[i]) || i > early) s.checked.put(ids[i][j], true);
                }
            }
            for (int i = 0; i < rhs.length; i++) rhsNodes[i] = compile(rhs[i], s, false);
        } else {
            for (int i = 0; i < rhs.length; i++) rhsNodes[i] = compile(rhs[i], s, false);
            for (int i = 0; i < ids.length; i++) {
                slots[i] = new int[ids[i].length];
                for (int j = 0; j < ids[i].length; j++) slots[i][j] = s.add(ids[i][j]);
            }
        }
        return new BindNode(slots, rhsNodes, compile(body, s, tail, frameTail, single));
    }

    private static boolean isLambda(Expr e) { return e instanceof Expr.Lambda || e instanceof Expr.CaseLambda; }

    /**
     * The first clause of a letrec group whose right-hand side runs code that refers to the
     * group (so it can call the group's closures before later clauses are initialized, as in
     * a body that calls a function defined further down), or MAX_VALUE if none does. Code
     * that does not refer to the group cannot reach its closures.
     */
    private static int firstReachingClause(Local[][] ids, Expr[] rhs) {
        // a named let or a group of functions (most letrecs, many at start-up): nothing to walk
        boolean allLambdas = true;
        for (Expr e : rhs) allLambdas &= isLambda(e);
        if (allLambdas) return Integer.MAX_VALUE;
        java.util.Set<Local> group = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Local[] clause : ids) java.util.Collections.addAll(group, clause);
        for (int i = 0; i < rhs.length; i++) {
            if (!isLambda(rhs[i]) && ExprWalk.any(rhs[i], x -> x instanceof Expr.LocalRef r && group.contains(r.var()))) return i;
        }
        return Integer.MAX_VALUE;
    }

    private Node app(Expr.App a, Scope s, boolean tail, boolean single) {
        Expr[] as = a.args();
        Node[] args = new Node[as.length];
        for (int i = 0; i < as.length; i++) args[i] = value(as[i], s);
        if (a.fn() instanceof Expr.PrimRef p) return PrimAppNode.make(p.prim(), args, single);
        Node[] exprs = new Node[args.length + 1];
        exprs[0] = value(a.fn(), s);
        System.arraycopy(args, 0, exprs, 1, args.length);
        return new AppNode(exprs, tail, single);
    }
}
