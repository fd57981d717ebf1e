package org.jracket.runtime.eval;

import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * The evaluator's own primitives: application, continuations, prompts, dynamic-wind and
 * continuation marks. They are {@link ControlProcedure}s because they make tail calls or
 * capture the continuation, which ordinary primitives cannot.
 */
public final class ControlPrims {
    private ControlPrims() {}

    private interface Body { Object run(Machine m, Object[] a); }

    private static ControlProcedure control(String name, long mask, Body body) {
        return new ControlProcedure(name, mask) {
            @Override Object applyControl(Machine m, Object[] a) {
                checkArity(a);
                return body.run(m, a);
            }
        };
    }

    static Procedure procedureArg(String who, Object v, int i, Object[] args) {
        if (v instanceof Procedure p) return p;
        throw Errors.contractArg(who, "procedure?", i, args);
    }

    static PromptTag tagArg(String who, Object[] a, int i) {
        if (a.length <= i) return PromptTag.DEFAULT;
        if (a[i] instanceof PromptTag t) return t;
        throw Errors.contractArg(who, "continuation-prompt-tag?", i, a);
    }

    public static void register(PrimitiveTable t) {
        t.put("apply", control("apply", Procedure.maskRange(2, -1), ControlPrims::apply));
        t.put("call-with-values", control("call-with-values", Procedure.maskExactly(2), (m, a) -> {
            Object v;
            try {
                v = m.call(a[0], Procedure.NO_ARGS);
            } catch (CaptureSignal s) {
                s.push(new ConsumerFrame(a[1]), m);
                throw s;
            }
            return m.tailCall(a[1], MultipleValues.toArray(v));
        }));
        ControlProcedure callcc = control("call-with-current-continuation", Procedure.maskRange(1, 2), (m, a) -> {
            procedureArg("call-with-current-continuation", a[0], 0, a);
            throw m.capture(CaptureSignal.Kind.FULL, capturableTag(m, "call-with-current-continuation", a), a[0]);
        });
        t.put("call-with-current-continuation", callcc);
        t.put("call/cc", callcc);
        t.put("call-with-composable-continuation", control("call-with-composable-continuation", Procedure.maskRange(1, 2), (m, a) -> {
            procedureArg("call-with-composable-continuation", a[0], 0, a);
            throw m.capture(CaptureSignal.Kind.COMPOSABLE, capturableTag(m, "call-with-composable-continuation", a), a[0]);
        }));
        ControlProcedure callec = control("call-with-escape-continuation", Procedure.maskExactly(1), ControlPrims::callEc);
        t.put("call-with-escape-continuation", callec);
        t.put("call/ec", callec);
        t.put("call-with-continuation-prompt", control("call-with-continuation-prompt", Procedure.maskRange(1, -1), (m, a) -> {
            PromptTag tag = tagArg("call-with-continuation-prompt", a, 1);
            Object handler = a.length > 2 ? a[2] : Boolean.FALSE;
            Object[] rest = new Object[Math.max(0, a.length - 3)];
            if (rest.length > 0) System.arraycopy(a, 3, rest, 0, rest.length);
            return m.callWithPrompt(tag, handler, a[0], rest, true);
        }));
        t.put("abort-current-continuation", control("abort-current-continuation", Procedure.maskRange(1, -1), (m, a) -> {
            PromptTag tag = tagArg("abort-current-continuation", a, 0);
            if (!m.abortAvailable(tag)) throw noPrompt("abort-current-continuation", tag);
            Object[] vals = new Object[a.length - 1];
            System.arraycopy(a, 1, vals, 0, vals.length);
            throw new AbortSignal(tag, vals, m.winders);
        }));
        t.add(Primitive.ofN("make-continuation-prompt-tag", 0, 1,
            a -> new PromptTag(a.length == 0 ? null : ((Symbol) a[0]).name)));
        t.add(Primitive.of0("default-continuation-prompt-tag", () -> PromptTag.DEFAULT));
        t.add(Primitive.of1("continuation-prompt-tag?", v -> v instanceof PromptTag));
        t.put("continuation-prompt-available?", control("continuation-prompt-available?", Procedure.maskRange(1, 2), (m, a) -> {
            PromptTag tag = tagArg("continuation-prompt-available?", a, 0);
            return tag == PromptTag.DEFAULT || m.promptAvailable(tag);
        }));
        t.add(Primitive.of1("continuation?", v -> v instanceof Continuation || v instanceof EscapeContinuation));
        t.put("dynamic-wind", control("dynamic-wind", Procedure.maskExactly(3), ControlPrims::dynamicWind));
        ContinuationMarks.register(t);
        VariableReferencePrims.register(t);
        ExceptionHandling.register(t);
        ParameterPrims.register(t);
    }

    /**
     * The tag argument of a capture, which needs a prompt for it in the continuation: without
     * one the capture would unwind the whole program looking for it.
     */
    private static PromptTag capturableTag(Machine m, String who, Object[] a) {
        PromptTag tag = tagArg(who, a, 1);
        if (tag != PromptTag.DEFAULT && !m.abortAvailable(tag)) throw noPrompt(who, tag);
        return tag;
    }

    static RuntimeException noPrompt(String who, PromptTag tag) {
        return Errors.raise(org.jracket.runtime.exn.ExnTypes.CONTINUATION,
            who + ": no corresponding prompt in the continuation\n  tag: " + org.jracket.runtime.print.Printer.toPrintString(tag));
    }

    private static Object apply(Machine m, Object[] a) {
        Object list = a[a.length - 1];
        int n = Pair.length(list);
        if (n < 0) throw Errors.contract("apply", "list?", list);  // Racket names no position here
        Object[] args = new Object[a.length - 2 + n];
        System.arraycopy(a, 1, args, 0, a.length - 2);
        int i = a.length - 2;
        for (Object l = list; l != Null.NULL; l = ((Pair) l).cdr) args[i++] = ((Pair) l).car;
        return m.tailCall(a[0], args);
    }

    private static Object callEc(Machine m, Object[] a) {
        EscapeContinuation k = new EscapeContinuation();
        MarkFrame m0 = m.marks, b0 = m.frameBase;
        Winder w0 = m.winders;
        boolean captured = false;
        try {
            return m.call(a[0], new Object[] {k});
        } catch (EscapeSignal e) {
            if (e.k != k) throw e;
            // A post thunk may escape to this same call/ec: unwinding goes on from there.
            while (true) {
                try {
                    m.unwindWinders(e.winders, w0);
                    break;
                } catch (EscapeSignal again) {
                    if (again.k != k) throw again;
                    e = again;
                }
            }
            m.marks = m0; m.frameBase = b0;
            return e.value;
        } catch (CaptureSignal s) {
            // The call/ec lives on in a heap frame, which deactivates it when resumed.
            captured = true;
            s.push(new EscapeFrame(k), m);
            throw s;
        } finally {
            if (!captured) k.active = false;
        }
    }

    private static Object dynamicWind(Machine m, Object[] a) {
        Procedure pre = procedureArg("dynamic-wind", a[0], 0, a);
        Procedure post = procedureArg("dynamic-wind", a[2], 2, a);
        m.call(pre, Procedure.NO_ARGS);
        Winder w = new Winder(pre, post, m.winders, m.marks);
        return windBody(m, w, a[1]);
    }

    static Object windBody(Machine m, Winder w, Object body) {
        m.winders = w;
        Object v;
        try {
            v = m.call(body, Procedure.NO_ARGS);
        } catch (CaptureSignal s) {
            m.winders = w.next;
            s.push(new WindFrame(w), m);
            throw s;
        }
        return WindFrame.exit(m, w, v);
    }

    /** A call-with-values whose producer was moved to the heap: the consumer still has to run. */
    static final class ConsumerFrame extends ContFrame {
        final Object consumer;
        ConsumerFrame(Object consumer) { this.consumer = consumer; }
        @Override Object resume(Object v, Machine m) { return m.tailCall(consumer, MultipleValues.toArray(v)); }
    }

    /** A dynamic-wind body on the heap: when it finishes, the post thunk runs. */
    static final class WindFrame extends ContFrame {
        final Winder w;
        WindFrame(Winder w) { this.w = w; }
        @Override Object resume(Object v, Machine m) { return exit(m, w, v); }

        static Object exit(Machine m, Winder w, Object v) {
            m.winders = w.next;
            m.call(w.post, Procedure.NO_ARGS);
            return v;
        }
    }

}
