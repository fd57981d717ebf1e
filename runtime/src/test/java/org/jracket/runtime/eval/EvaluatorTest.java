package org.jracket.runtime.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.ir.Expr.App;
import org.jracket.runtime.ir.Expr.If;
import org.jracket.runtime.ir.Expr.Lambda;
import org.jracket.runtime.ir.Expr.LocalRef;
import org.jracket.runtime.ir.Expr.PrimRef;
import org.jracket.runtime.ir.Expr.Quote;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.ir.Local;
import org.jracket.runtime.ir.SlotSource;
import org.jracket.runtime.num.Arith;
import org.jracket.runtime.prims.PrimitiveTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evaluator on hand-built IR: calls, tail calls, deep recursion and continuations. */
class EvaluatorTest {
    static final PrimitiveTable CONTROL = new PrimitiveTable("test");
    static final Primitive ADD = Primitive.of2("+", Arith::add);
    static final Primitive SUB = Primitive.of2("-", Arith::sub);
    static final Primitive LT = Primitive.of2("<", (a, b) -> Arith.lt(a, b));
    static final Primitive CONS = Primitive.of2("cons", Pair::new);
    static final Primitive CAR = Primitive.of1("car", p -> ((Pair) p).car);
    static final Primitive CDR = Primitive.of1("cdr", p -> ((Pair) p).cdr);
    static final Primitive IS_NULL = Primitive.of1("null?", v -> v == Null.NULL);
    static final List<Object> LOG = new ArrayList<>();
    static final Primitive NOTE = Primitive.of1("note", v -> { LOG.add(v); return VoidValue.VOID; });

    @BeforeAll static void setUp() {
        ControlPrims.register(CONTROL);
        ExceptionHandling.install();
    }

    static Expr q(Object v) { return new Quote(v); }
    static Expr ref(Local l) { return new LocalRef(l); }
    static Expr app(Expr f, Expr... args) { return new App(f, args, null); }
    static Expr prim(Primitive p, Expr... args) { return new App(new PrimRef(p), args, null); }
    static Expr ctl(String name, Expr... args) { return new App(q(CONTROL.get(name)), args, null); }
    static Local local(String n) { return new Local(Symbol.of(n)); }
    static Lambda lam(Local[] ps, Expr body) { return new Lambda(ps, null, body, null, null); }

    /** Runs forms with one module-level slot per name. */
    static Object run(String[] globals, Expr... forms) {
        SlotSource[] slots = new SlotSource[globals.length];
        Variable[] table = new Variable[globals.length];
        for (int i = 0; i < globals.length; i++) {
            slots[i] = new SlotSource.Defined(Symbol.of(globals[i]));
            table[i] = new Variable(Symbol.of(globals[i]));
        }
        return Evaluator.compile(new Linklet("test", slots, forms)).run(table);
    }

    /** (define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) */
    @Test void recursiveCalls() {
        Local n = local("n");
        Expr fib = new Expr.GlobalRef(0);
        Expr body = new If(prim(LT, ref(n), q(2L)), ref(n),
            prim(ADD, app(fib, prim(SUB, ref(n), q(1L))), app(fib, prim(SUB, ref(n), q(2L)))));
        Object r = run(new String[] {"fib"},
            new Expr.DefineValues(new int[] {0}, new Lambda(new Local[] {n}, null, body, "fib", null)),
            app(fib, q(20L)));
        assertEquals(6765L, r);
    }

    /** A tail-recursive loop of ten million iterations runs in constant stack. */
    @Test void tailCallsDoNotGrowTheStack() {
        Local i = local("i"), acc = local("acc");
        Expr loop = new Expr.GlobalRef(0);
        Expr body = new If(prim(LT, ref(i), q(1L)), ref(acc), app(loop, prim(SUB, ref(i), q(1L)), prim(ADD, ref(acc), q(1L))));
        Object r = run(new String[] {"loop"},
            new Expr.DefineValues(new int[] {0}, new Lambda(new Local[] {i, acc}, null, body, "loop", null)),
            app(loop, q(10_000_000L), q(0L)));
        assertEquals(10_000_000L, r);
    }

    /** (define (build n) (if (< n 1) '() (cons n (build (- n 1))))) at depth 1,000,000. */
    @Test void deepNonTailRecursion() {
        Local n = local("n");
        Expr build = new Expr.GlobalRef(0);
        Expr body = new If(prim(LT, ref(n), q(1L)), q(Null.NULL), prim(CONS, ref(n), app(build, prim(SUB, ref(n), q(1L)))));
        Object r = run(new String[] {"build"},
            new Expr.DefineValues(new int[] {0}, new Lambda(new Local[] {n}, null, body, "build", null)),
            app(build, q(1_000_000L)));
        assertEquals(1_000_000, Pair.length(r));
        assertEquals(1_000_000L, ((Pair) r).car);
    }

    /** Re-entering a continuation several times: (let ([v (call/cc (λ (k) (set! saved k) 0))]) ...) */
    @Test void reentrantContinuation() {
        Local k = local("k"), v = local("v");
        Expr saved = new Expr.GlobalRef(0);
        Expr count = new Expr.GlobalRef(1);
        Expr receiver = lam(new Local[] {k}, new Expr.Begin(new Expr[] {new Expr.SetGlobal(0, ref(k)), q(0L)}));
        Expr body = new Expr.Begin(new Expr[] {
            new Expr.SetGlobal(1, prim(ADD, count, q(1L))),
            new If(prim(LT, ref(v), q(5L)), app(saved, prim(ADD, ref(v), q(1L))), prim(CONS, ref(v), count))});
        Expr let = new Expr.LetValues(new Local[][] {{v}}, new Expr[] {ctl("call/cc", receiver)}, body);
        Object r = run(new String[] {"saved", "count"},
            new Expr.DefineValues(new int[] {0}, q(Boolean.FALSE)),
            new Expr.DefineValues(new int[] {1}, q(0L)),
            let);
        assertEquals(5L, ((Pair) r).car);
        assertEquals(6L, ((Pair) r).cdr);
    }

    /** An escape out of dynamic-wind runs the post thunk; the prompt handler gets the values. */
    @Test void abortRunsPostThunks() {
        LOG.clear();
        Expr pre = lam(new Local[0], prim(NOTE, q("pre")));
        Expr post = lam(new Local[0], prim(NOTE, q("post")));
        Expr body = lam(new Local[0], ctl("abort-current-continuation", ctl("default-continuation-prompt-tag"), q(7L)));
        Local x = local("x");
        Expr handler = lam(new Local[] {x}, prim(ADD, ref(x), q(1L)));
        Expr thunk = lam(new Local[0], ctl("dynamic-wind", pre, body, post));
        Object r = run(new String[0], ctl("call-with-continuation-prompt", thunk, ctl("default-continuation-prompt-tag"), handler));
        assertEquals(8L, r);
        assertEquals(List.of("pre", "post"), LOG);
    }

    /** A composable continuation applied twice: (+ 1 (prompt (* 10 (call/comp (λ (k) (k (k 2))))))) = 2001 */
    @Test void composableContinuation() {
        Local k = local("k");
        Primitive mul = Primitive.of2("*", Arith::mul);
        Expr receiver = lam(new Local[] {k}, app(ref(k), app(ref(k), q(2L))));
        Expr thunk = lam(new Local[0], prim(mul, q(10L), ctl("call-with-composable-continuation", receiver)));
        Object r = run(new String[0], prim(ADD, q(1L), ctl("call-with-continuation-prompt", thunk)));
        assertEquals(2001L, r);
    }
}
