package org.jracket.runtime.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which register locals of a compiled body always hold flonums, and which always hold exact
 * integers, so that the {@link BodyCompiler} keeps them unboxed: flonums as JVM {@code
 * double}s ({@link FlonumCode}, the way Racket CS unboxes local flonums), exact integers as
 * {@code long}s with a box beside them for values beyond a long ({@link IntegerCode}; on the
 * JVM a fixnum is a heap box, so a counting loop otherwise allocates one per iteration).
 *
 * <p>A local is a flonum local when every value it can receive is a flonum expression: a
 * flonum constant, another such local, a flonum operation ({@code fl+}, {@code ->fl}, ...
 * whose result is a flonum or an error), or generic arithmetic on two flonum expressions. It
 * is an integer local when every value is an integer expression: an exact integer constant,
 * another such local, or {@code + - * add1 sub1 quotient remainder modulo} of integer expressions
 * (which are pure, so
 * compiled code may compute them twice). The candidates are let-bound locals and the
 * parameters of inlined named-let loops (whose values are the loop's initial arguments and
 * those of its calls of itself); locals assigned with {@code set!} or read before
 * initialization ({@code letrec}) never qualify. The compiled lambda's own parameters are
 * integer locals when the interpreter's profile saw only fixnums in them ({@link
 * LambdaCode#fixnumParameter}) and they feed other unboxed locals or a loop of their own
 * ({@link #parametersThatPay}). Each set is the greatest fixed point: assume
 * every candidate qualifies, then drop those fed by anything else until nothing changes (a
 * loop variable fed only by flonum updates of itself stays).
 */
final class UnboxedLocals {
    /** The frames of the compiled method, innermost first: the root lambda's and inlined loops'. */
    record Chain(LambdaCode code, Chain parent, int loopSlot) {
        /** The code of the frame depth frames out, or null beyond the root. */
        LambdaCode at(int depth) {
            Chain c = this;
            for (int d = 0; d < depth && c != null; d++) c = c.parent;
            return c == null ? null : c.code;
        }
    }

    /** Flonum results whatever the arguments: the operation raises an error otherwise. */
    private static final Set<String> FLONUM_RESULT = Set.of("fl+", "fl-", "fl*", "fl/", "->fl", "fx->fl",
        "flabs", "flsqrt", "flexp", "fllog", "flsin", "flcos", "fltan", "flasin", "flacos", "flatan",
        "flfloor", "flceiling", "flround", "fltruncate",
        "unsafe-fl+", "unsafe-fl-", "unsafe-fl*", "unsafe-fl/", "unsafe-fx->fl", "unsafe-flabs", "unsafe-flsqrt");
    /** Generic arithmetic: a flonum when its one or two arguments are flonums. */
    private static final Set<String> GENERIC = Set.of("+", "-", "*", "/");

    /** -Djracket.jit.unboxIntegers=false keeps integer locals boxed (a switch for measuring). */
    private static final boolean INTEGERS = !"false".equals(System.getProperty("jracket.jit.unboxIntegers"));

    private record Def(Node expr, Chain chain) {}

    private final FrameUse use;
    private final LambdaCode root;
    private final IdentityHashMap<LambdaCode, boolean[]> flonum = new IdentityHashMap<>();
    private final IdentityHashMap<LambdaCode, boolean[]> integer = new IdentityHashMap<>();
    private final IdentityHashMap<LambdaCode, boolean[]> excluded = new IdentityHashMap<>();
    private final IdentityHashMap<LambdaCode, ArrayList<Def>[]> defs = new IdentityHashMap<>();

    private UnboxedLocals(LambdaCode root, FrameUse use) { this.root = root; this.use = use; }

    static UnboxedLocals of(LambdaCode root, FrameUse use, boolean inlineLoops) {
        UnboxedLocals f = new UnboxedLocals(root, use);
        f.walk(root.interpreted, new Chain(root, null, -1), true, inlineLoops);
        // Parameters that received only fixnums so far may be integer locals: a register holds
        // any value correctly (its box does, and IntegerCode's fast paths test for a Long), so
        // this is a bet on speed, never on meaning.
        boolean[] ints = f.slots(f.integer, root);
        for (int i = 0; i < root.nparams; i++) {
            if (f.register(root, 2 + i) && root.fixnumParameter(i)) ints[2 + i] = true;
        }
        f.solve(f.flonum, f::isFlonum);
        if (INTEGERS) {
            f.solve(f.integer, f::isInteger);
            // The bet pays only for a parameter that feeds another unboxed local (a loop from
            // lo) or is recomputed by arithmetic in a self tail call (a loop of its own);
            // elsewhere unboxing it at every entry costs more than it saves (tak's calls).
            boolean[] pays = f.parametersThatPay();
            boolean dropped = false;
            for (int i = 0; i < root.nparams; i++) {
                if (ints[2 + i] && !pays[2 + i]) { ints[2 + i] = false; dropped = true; }
            }
            if (dropped) f.solve(f.integer, f::isInteger);
        } else {
            f.integer.clear();
        }
        return f;
    }

    /** Tail calls that may be the root's calls of itself ({@link BodyCompiler#maybeSelfLoopCall}). */
    private final ArrayList<Def> selfCalls = new ArrayList<>();

    /** Root parameter slots that an unboxed local's value or a possible self call computes from. */
    private boolean[] parametersThatPay() {
        boolean[] pays = new boolean[root.frameSize];
        for (Map.Entry<LambdaCode, ArrayList<Def>[]> e : defs.entrySet()) {
            boolean[] ints = integer.get(e.getKey()), dbls = flonum.get(e.getKey());
            ArrayList<Def>[] d = e.getValue();
            for (int s = 0; s < d.length; s++) {
                if (d[s] == null || !(ints[s] || dbls[s])) continue;
                for (Def def : d[s]) markParameters(def.expr(), def.chain(), pays);
            }
        }
        for (Def call : selfCalls) {
            Node[] exprs = ((AppNode) call.expr()).exprs;
            for (int i = 1; i < exprs.length; i++) {
                if (exprs[i] instanceof PrimAppNode p && integerOp(p)) pays[1 + i] = true;
            }
        }
        return pays;
    }

    private void markParameters(Node n, Chain chain, boolean[] pays) {
        if (n instanceof LocalRefNode r) {
            if (chain.at(r.depth) == root && r.slot >= 2 && r.slot < 2 + root.nparams) pays[r.slot] = true;
        } else if (n instanceof PrimAppNode p) {
            for (Node a : p.args) markParameters(a, chain, pays);
        } else if (n instanceof IfNode i) {
            markParameters(i.then, chain, pays);
            markParameters(i.otherwise, chain, pays);
        } else {
        }
    }

    /** Is slot of the frame of code a double local? */
    boolean isDouble(LambdaCode code, int slot) {
        boolean[] d = flonum.get(code);
        return d != null && d[slot];
    }

    /** Is slot of the frame of code a long local (with its box beside it)? */
    boolean isLong(LambdaCode code, int slot) {
        boolean[] d = integer.get(code);
        return d != null && d[slot];
    }

    /**
     * Is n an integer expression in chain: an exact integer (when it returns), computed from
     * constants and integer locals by {@code + - * add1 sub1 quotient remainder modulo} alone,
     * so without effects (their errors, division by zero, are raised by the slow path)?
     */
    boolean isInteger(Node n, Chain chain) {
        if (n instanceof ConstNode c) {
            return c.value instanceof Long;
        }
        if (n instanceof LocalRefNode r) {
            return r.checkName == null && isLong(chain.at(r.depth), r.slot);
        }
        if (n instanceof PrimAppNode p) {
            return integerOp(p) && allInteger(p.args, chain);
        }
        return false;
    }

    private boolean allInteger(Node[] ns, Chain chain) {
        for (Node a : ns) if (!isInteger(a, chain)) return false;
        return true;
    }

    /** Generic exact arithmetic that {@link IntegerCode} computes on longs (with a valid arity). */
    static boolean integerOp(PrimAppNode p) {
        int n = p.args.length;
        return switch (p.prim.name) {
            case "+", "*" -> true;
            case "-" -> n >= 1;
            case "add1", "sub1" -> n == 1;
            case "quotient", "remainder", "modulo" -> n == 2;
            default -> false;
        };
    }

    /** Does n, evaluated in chain, always produce a flonum (when it returns)? */
    boolean isFlonum(Node n, Chain chain) {
        if (n instanceof ConstNode c) {
            return c.value instanceof Double;
        }
        if (n instanceof LocalRefNode r) {
            return r.checkName == null && isDouble(chain.at(r.depth), r.slot);
        }
        if (n instanceof IfNode i) {
            return isFlonum(i.then, chain) && isFlonum(i.otherwise, chain);
        }
        if (n instanceof PrimAppNode p) {
            return flonumOp(p) || (GENERIC.contains(p.prim.name) && (p.args.length == 1 || p.args.length == 2)
                && isFlonum(p.args[0], chain) && (p.args.length == 1 || isFlonum(p.args[1], chain)));
        }
        return false;
    }

    /** An operation whose value is a flonum whatever its arguments (with a valid arity). */
    static boolean flonumOp(PrimAppNode p) {
        String name = p.prim.name;
        if (!FLONUM_RESULT.contains(name)) return false;
        int n = p.args.length;
        return switch (name) {
            case "fl+", "fl*", "unsafe-fl+", "unsafe-fl*" -> true;
            case "fl-", "fl/", "unsafe-fl-", "unsafe-fl/" -> n >= 1;
            default -> n == 1;
        };
    }

    // ---- collecting candidates and what feeds them -----------------------------------

    private boolean[] slots(IdentityHashMap<LambdaCode, boolean[]> map, LambdaCode code) {
        return map.computeIfAbsent(code, c -> new boolean[c.frameSize]);
    }

    @SuppressWarnings("unchecked")
    private void feed(LambdaCode code, int slot, Node expr, Chain chain) {
        ArrayList<Def>[] d = defs.computeIfAbsent(code, c -> new ArrayList[c.frameSize]);
        if (d[slot] == null) d[slot] = new ArrayList<>(2);
        d[slot].add(new Def(expr, chain));
        slots(flonum, code)[slot] = true;
        slots(integer, code)[slot] = true;
    }

    private void exclude(LambdaCode code, int slot) {
        if (code != null) slots(excluded, code)[slot] = true;
    }

    private boolean register(LambdaCode code, int slot) { return code != root || !use.inFrame[slot]; }

    /** Mirrors BodyCompiler's traversal: inlined loops in tail position open a new frame. */
    private void walk(Node n, Chain chain, boolean tail, boolean inlineLoops) {
        LoopInlining.Loop loop = tail && inlineLoops ? LoopInlining.of(n) : null;
        if (loop != null) {
            LambdaCode lc = loop.lambda().code;
            for (int i = 0; i < loop.args().length; i++) {
                walk(loop.args()[i], chain, false, inlineLoops);
                feed(lc, 2 + i, loop.args()[i], chain);
            }
            walk(lc.interpreted, new Chain(lc, chain, loop.slot()), true, inlineLoops);
            return;
        }
        if (n instanceof LocalRefNode r) {
            if (r.checkName != null) exclude(chain.at(r.depth), r.slot);
        } else if (n instanceof SetLocalNode s) {
            exclude(chain.at(s.depth), s.slot);
            walk(s.value, chain, false, inlineLoops);
        } else if (n instanceof IfNode i) {
            walk(i.test, chain, false, inlineLoops);
            walk(i.then, chain, tail, inlineLoops);
            walk(i.otherwise, chain, tail, inlineLoops);
        } else if (n instanceof SeqNode s) {
            for (int k = 0; k < s.body.length; k++) walk(s.body[k], chain, tail && k == s.body.length - 1, inlineLoops);
        } else if (n instanceof BindNode b) {
            for (int k = 0; k < b.rhs.length; k++) {
                walk(b.rhs[k], chain, false, inlineLoops);
                if (b.slots[k].length == 1 && register(chain.code, b.slots[k][0])) feed(chain.code, b.slots[k][0], b.rhs[k], chain);
                else for (int s : b.slots[k]) exclude(chain.code, s);
            }
            walk(b.body, chain, tail, inlineLoops);
        } else if (n instanceof PrimAppNode p) {
            for (Node a : p.args) walk(a, chain, false, inlineLoops);
        } else if (n instanceof AppNode a) {
            for (Node x : a.exprs) walk(x, chain, false, inlineLoops);
            Chain target = a.tail ? loopCalled(a, chain) : null;
            if (target != null) {
                for (int i = 1; i < a.exprs.length; i++) feed(target.code, 1 + i, a.exprs[i], chain);
            } else if (BodyCompiler.maybeSelfLoopCall(a, root)) {
                selfCalls.add(new Def(a, chain));
            }
        } else {
        }
    }

    /** The inlined loop a tail call of a calls (as BodyCompiler.loopCalledBy), or null. */
    private static Chain loopCalled(AppNode a, Chain chain) {
        if (!(a.exprs[0] instanceof LocalRefNode r)) return null;
        LambdaCode target = chain.at(r.depth);
        for (Chain c = chain; c.parent != null; c = c.parent) {
            if (c.parent.code == target && c.loopSlot == r.slot && a.exprs.length - 1 == c.code.nparams) return c;
        }
        return null;
    }

    /** The greatest fixed point: drop candidates fed by an expression not of the kind until none is. */
    private void solve(IdentityHashMap<LambdaCode, boolean[]> kind, BiPredicate<Node, Chain> ofKind) {
        for (Map.Entry<LambdaCode, boolean[]> e : excluded.entrySet()) {
            boolean[] f = slots(kind, e.getKey()), x = e.getValue();
            for (int s = 0; s < f.length; s++) if (x[s]) f[s] = false;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<LambdaCode, ArrayList<Def>[]> e : defs.entrySet()) {
                boolean[] f = kind.get(e.getKey());
                ArrayList<Def>[] d = e.getValue();
                for (int s = 0; s < d.length; s++) {
                    if (!f[s] || d[s] == null) continue;
                    for (Def def : d[s]) {
                        if (!ofKind.test(def.expr(), def.chain())) {
                            f[s] = false;
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
    }
}
