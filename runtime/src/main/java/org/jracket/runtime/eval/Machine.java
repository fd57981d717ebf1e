package org.jracket.runtime.eval;

import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.print.Printer;

/**
 * The evaluator state of one thread running Racket code: the continuation marks, the
 * active dynamic-winds, the pending tail call, and the call depth.
 *
 * <p>Racket code runs in direct style on the Java stack (fast: calls are Java calls, and
 * the JIT inlines through nodes). Tail calls return {@link #TAIL} to the nearest call
 * loop, which keeps the stack flat. First-class continuations and very deep recursion are
 * handled by unwinding the Java stack into heap frames ({@link CaptureSignal}) and
 * resuming from those ({@link #runFrames}); see docs/architecture.md.
 */
public final class Machine {
    /** Returned by a node in tail position after it stored a pending call in tailFn/tailArgs. */
    static final Object TAIL = new Object();
    /** Racket calls nested on the Java stack before the stack is moved to the heap. */
    static final int DEFAULT_MAX_DEPTH = 4000;

    private static final ThreadLocal<Machine> CURRENT = ThreadLocal.withInitial(Machine::new);

    /*
     * Padding against false sharing. Each field below is written by this machine's own thread
     * only, but very often: fuel at every loop iteration of compiled code, depth and the tail
     * call at every call. Machines are small and made at about the same time (one per future
     * worker), so the allocator or a garbage collection can place two side by side; their
     * hot fields then share a cache line, and each write takes the line away from the other
     * core. That made steady future loops on 2 cores run at 0.5-0.9x their 1-core speed per
     * worker in some runs (docs/performance.md, session 6). HotSpot lays out int fields
     * first, in declaration order, and references last, so 16 ints lead and 16 references
     * trail: every other field is at least a cache line (64 bytes) from the object's ends
     * (MachineLayoutTest checks it on the running JVM). @Contended would say the same but
     * needs -XX:-RestrictContended, which embedders of the runtime would not pass.
     */
    @SuppressWarnings("unused")
    private int lead0, lead1, lead2, lead3, lead4, lead5, lead6, lead7,
        lead8, lead9, lead10, lead11, lead12, lead13, lead14, lead15;

    Procedure tailFn;
    Object[] tailArgs;
    /** A pending tail call whose frame is already built (set instead of tailFn/tailArgs). */
    Node tailBody;
    Object[] tailFrame;
    MarkFrame marks;
    /** The marks at entry to the current frame: marks above it belong to the frame. */
    MarkFrame frameBase;
    Winder winders;
    int depth;
    int spillBase;
    int maxDepth = DEFAULT_MAX_DEPTH;
    /** Calls between two runs of {@link #preemption}. */
    static final int PREEMPT_INTERVAL = 20_000;
    /**
     * Run every {@link #PREEMPT_INTERVAL} calls when set: the thread scheduler's hook that lets
     * the other threads of a place take a turn and makes kill-thread reach a busy thread.
     */
    Runnable preemption;
    int fuel = PREEMPT_INTERVAL;
    /** Tags of the prompts active on this thread's Java stack (innermost last). */
    private final java.util.ArrayList<PromptTag> activePrompts = new java.util.ArrayList<>();
    /** Tags of the {@link PromptFrame}s still to run in the frames being resumed (innermost last). */
    private final java.util.ArrayList<PromptTag> pendingPrompts = new java.util.ArrayList<>();
    /** How many {@link Evaluator#atTopLevel} calls are active: uncaught raises report there. */
    int topLevels;
    /** The place this thread runs for (see {@link PlaceContext}). */
    PlaceContext place;
    /** Trailing padding (see the leading ints). */
    @SuppressWarnings("unused")
    private Object trail0, trail1, trail2, trail3, trail4, trail5, trail6, trail7,
        trail8, trail9, trail10, trail11, trail12, trail13, trail14, trail15;

    public static Machine current() { return CURRENT.get(); }

    /** Lets a thread that was started with a large Java stack nest more calls before spilling. */
    public void setMaxDepth(int n) { maxDepth = n; }

    /** Installs (or with null removes) this thread's preemption hook (see {@link #preemption}). */
    public void setPreemption(Runnable hook) { preemption = hook; }

    void refuel() {
        fuel = PREEMPT_INTERVAL;
        if (preemption != null) preemption.run();
    }

    // ---- calls ---------------------------------------------------------------------

    /** Non-tail call of any value with arguments (runs to completion). */
    Object call(Object fn, Object[] args) {
        if (fn instanceof Closure c) return runBody(c.code.body, c.code.bindFrame(c, args));
        if (fn instanceof CaseClosure cc) {
            Closure c = cc.select(args);
            return runBody(c.code.body, c.code.bindFrame(c, args));
        }
        if (fn instanceof ControlProcedure cp) return runControl(cp, args);
        if (fn instanceof Procedure p) return p.apply(args);
        return call(applicableStruct(fn, args), structArgs(fn, args));
    }

    /** Call in tail position: primitives run now; closures are bounced to the call loop. */
    Object tailCall(Object fn, Object[] args) {
        if (fn instanceof Closure || fn instanceof CaseClosure || fn instanceof ControlProcedure) {
            tailFn = (Procedure) fn;
            tailArgs = args;
            return TAIL;
        }
        if (fn instanceof Procedure p) return p.apply(args);
        return tailCall(applicableStruct(fn, args), structArgs(fn, args));
    }

    /** Runs a procedure body in a new frame: the call loop that completes tail calls. */
    Object runBody(Node body, Object[] frame) {
        if (--fuel < 0) refuel();
        if (depth - spillBase >= maxDepth) throw spill(new BodyFrame(body, frame));
        MarkFrame savedMarks = marks, savedBase = frameBase;
        frameBase = marks;
        depth++;
        try {
            Object r = body.eval(frame, this);
            while (r == TAIL) r = runTail();
            return r;
        } finally {
            depth--;
            marks = savedMarks;
            frameBase = savedBase;
        }
    }

    Object runControl(ControlProcedure cp, Object[] args) {
        MarkFrame savedMarks = marks, savedBase = frameBase;
        frameBase = marks;
        try {
            Object r = cp.applyControl(this, args);
            while (r == TAIL) r = runTail();
            return r;
        } finally {
            marks = savedMarks;
            frameBase = savedBase;
        }
    }

    /** Performs the pending tail call; may itself end in another TAIL. */
    Object runTail() {
        // The pending call is taken before the preemption hook runs: the hook may raise (a
        // break), and a handler's own tail calls must not find this one still pending.
        Node body = tailBody;
        if (body != null) {
            Object[] frame = tailFrame;
            tailBody = null;
            tailFrame = null;
            if (--fuel < 0) refuel();
            return body.eval(frame, this);
        }
        Procedure p = tailFn;
        Object[] a = tailArgs;
        tailFn = null;
        tailArgs = null;
        if (--fuel < 0) refuel();
        if (p instanceof Closure c) return c.code.body.eval(c.code.bindFrame(c, a), this);
        if (p instanceof CaseClosure cc) {
            Closure c = cc.select(a);
            return c.code.body.eval(c.code.bindFrame(c, a), this);
        }
        return ((ControlProcedure) p).applyControl(this, a);
    }

    CaptureSignal spill(ContFrame first) {
        CaptureSignal s = new CaptureSignal(CaptureSignal.Kind.SPILL, null, null, this);
        s.push(first, this);
        return s;
    }

    /** The procedure behind an applicable struct (prop:procedure), or an application error. */
    private Object applicableStruct(Object fn, Object[] args) {
        if (fn instanceof Struct s) {
            Object p = StructApplication.procedureOf(s);
            if (p != null) return p;
        }
        throw Errors.raise(org.jracket.runtime.exn.ExnTypes.CONTRACT,
            "application: not a procedure;\n expected a procedure that can be applied to arguments\n  given: "
                + Printer.toPrintString(fn));
    }

    private Object[] structArgs(Object fn, Object[] args) {
        return StructApplication.argumentsFor((Struct) fn, args);
    }

    /** Entry from Java code (a primitive calling back into Racket): catches spills here. */
    Object applyFromJava(Object fn, Object[] args) {
        int savedSpillBase = spillBase;
        spillBase = depth;
        try {
            Object r;
            try {
                r = call(fn, args);
            } catch (CaptureSignal s) {
                if (s.kind != CaptureSignal.Kind.SPILL) throw unsupportedCapture();
                r = resumeSpills(s);
            }
            return r;
        } finally {
            spillBase = savedSpillBase;
        }
    }

    private Object resumeSpills(CaptureSignal s) {
        MarkFrame m0 = marks, b0 = frameBase;
        Winder w0 = winders;
        while (true) {
            try {
                return runFrames(s.segments(), VoidValue.VOID);
            } catch (CaptureSignal again) {
                marks = m0; frameBase = b0; winders = w0;
                if (again.kind != CaptureSignal.Kind.SPILL) throw unsupportedCapture();
                s = again;
            }
        }
    }

    private RuntimeException unsupportedCapture() {
        return Errors.fail("call/cc: capturing a continuation through a Java primitive's callback is not supported");
    }

    // ---- continuations -------------------------------------------------------------

    /** Resumes a captured chain of frames with v, innermost first. */
    Object runFrames(ContFrame[] segments, Object v) { return runFrames(segments, v, null, null); }

    /**
     * Resumes frames; when {@code base} is given (a composable continuation), the frames'
     * marks beyond {@code base} (the capturing prompt) are replaced by {@code onto}, the marks
     * where the continuation is applied, so handlers and parameters are the caller's.
     */
    Object runFrames(ContFrame[] segments, Object v, MarkFrame base, MarkFrame onto) {
        java.util.IdentityHashMap<MarkFrame, MarkFrame> memo = base == null ? null : new java.util.IdentityHashMap<>();
        int pending = pushPendingPrompts(segments);
        try {
            for (int i = 0; i < segments.length; i++) {
                ContFrame f = segments[i];
                while (f != null) {
                    if (base == null) {
                        marks = f.marks;
                        frameBase = f.frameBase;
                    } else {
                        marks = MarkFrame.rebase(f.marks, base, onto, memo);
                        frameBase = MarkFrame.rebase(f.frameBase, base, onto, memo);
                    }
                    winders = f.winders;
                    try {
                        if (f instanceof PromptFrame) {
                            pendingPrompts.remove(pendingPrompts.size() - 1);
                            pending--;
                        }
                        v = f.resume(v, this);
                        while (v == TAIL) v = runTail();
                        f = f.next;
                    } catch (CaptureSignal s) {
                        s.appendShared(f.next);
                        s.appendShared(segments, i + 1);
                        throw s;
                    } catch (EscapeSignal e) {
                        // A call/ec whose Java frame was moved to the heap: find it further out.
                        Ahead target = ahead(segments, i, f, g -> g.isEscapeTarget(e.k));
                        if (target == null) throw e;
                        unwindWinders(e.winders, target.frame.winders);
                        v = e.value;
                        f = target.frame;
                        i = target.segment;
                    } catch (AbortSignal a) {
                        // An abort to a prompt among the frames still to run ends there: that
                        // prompt's handler gives the value the frames after it continue with.
                        int[] passed = {0};
                        Ahead target = ahead(segments, i, f, g -> {
                            if (!(g instanceof PromptFrame p)) return false;
                            passed[0]++;
                            return p.catches(a.tag);
                        });
                        if (target == null) throw a;
                        // the prompts passed over, the target included, are no longer ahead
                        for (; passed[0] > 0; passed[0]--, pending--) pendingPrompts.remove(pendingPrompts.size() - 1);
                        // the handler runs as a frame of its own, so that an abort it makes
                        // (a re-raise to an outer with-handlers) is handled here too
                        f = new AbortedFrame((PromptFrame) target.frame, a);
                        i = target.segment;
                    }
                }
            }
            return v;
        } finally {
            while (pending-- > 0) pendingPrompts.remove(pendingPrompts.size() - 1);
        }
    }

    /** A frame still to run, and the index of its segment. */
    private record Ahead(ContFrame frame, int segment) {}

    /** The first frame after f (which is in segment i), in order, that p accepts; or null. */
    private static Ahead ahead(ContFrame[] segments, int i, ContFrame f, java.util.function.Predicate<ContFrame> p) {
        for (int j = i; j < segments.length; j++) {
            for (ContFrame g = (j == i ? f.next : segments[j]); g != null; g = g.next) {
                if (p.test(g)) return new Ahead(g, j);
            }
        }
        return null;
    }

    /** Makes the prompts among frames available to aborts; returns how many were added. */
    private int pushPendingPrompts(ContFrame[] segments) {
        // the frames in order are innermost first; the innermost prompt goes last, as it is removed first
        int before = pendingPrompts.size();
        for (ContFrame head : segments) {
            for (ContFrame g = head; g != null; g = g.next) if (g instanceof PromptFrame p) pendingPrompts.add(p.tag);
        }
        java.util.Collections.reverse(pendingPrompts.subList(before, pendingPrompts.size()));
        return pendingPrompts.size() - before;
    }

    /**
     * Unwinds the winders from an abort to the prompt for tag whose winders are {@code to};
     * returns the abort whose values the prompt's handler gets: a post thunk may itself abort to
     * the same prompt, and unwinding goes on from there.
     */
    AbortSignal unwindForAbort(AbortSignal a, PromptTag tag, Winder to) {
        while (true) {
            try {
                winders = a.winders;
                unwindWinders(a.winders, to);
                return a;
            } catch (AbortSignal again) {
                if (again.tag != tag) throw again;
                a = again;
            }
        }
    }

    /** Runs post thunks from the winders {@code from} out to the common part with {@code to}, then pre thunks in. */
    void unwindWinders(Winder from, Winder to) {
        Winder common = Winder.common(from, to);
        MarkFrame savedMarks = marks, savedBase = frameBase;
        try {
            for (Winder w = from; w != common; w = w.next) {
                winders = w.next;
                marks = w.marks; frameBase = w.marks;
                call(w.post, Procedure.NO_ARGS);
            }
            rewind(to, common);
        } finally {
            marks = savedMarks; frameBase = savedBase;
        }
        winders = to;
    }

    private void rewind(Winder to, Winder common) {
        if (to == common) return;
        rewind(to.next, common);
        winders = to.next;
        marks = to.marks; frameBase = to.marks;
        call(to.pre, Procedure.NO_ARGS);
    }

    /**
     * {@code call-with-continuation-prompt}: runs thunk under a prompt for tag. Captures
     * with this tag (and spills) stop here and resume here; aborts to the tag call handler.
     * The prompts around linklet forms do not catch aborts (catchAborts false), so that an
     * uncaught error ends the whole module, as in Racket.
     */
    Object callWithPrompt(PromptTag tag, Object handler, Object thunk, Object[] thunkArgs, boolean catchAborts) {
        MarkFrame m0 = marks, b0 = frameBase;
        Winder w0 = winders;
        int savedSpillBase = spillBase;
        spillBase = depth;
        // What to run next: either the thunk, or a receiver followed by frames, or frames.
        Object fn = thunk;
        Object[] fnArgs = thunkArgs;
        ContFrame[] frames = null;
        Object value = null;
        activePrompts.add(tag);
        // Marks are delimited by prompts for user lookups: a boundary entry keyed by the tag.
        marks = new MarkFrame(tag, null, marks);
        frameBase = marks;
        MarkFrame inside = marks;
        try {
            while (true) {
                try {
                    if (fn != null) {
                        Object r = call(fn, fnArgs);
                        fn = null;
                        if (frames == null) return r;
                        value = r;
                    }
                    return runFrames(frames, value);
                } catch (CaptureSignal s) {
                    marks = inside; frameBase = inside; winders = w0;
                    if (!s.caughtBy(tag)) {
                        // this prompt is part of the continuation captured further out
                        marks = m0; frameBase = b0;
                        s.push(new PromptFrame(tag, handler, catchAborts), this);
                        throw s;
                    }
                    ContFrame[] segs = s.segments();
                    if (s.kind == CaptureSignal.Kind.SPILL) {
                        fn = null; frames = segs; value = VoidValue.VOID;
                    } else {
                        Continuation k = new Continuation(segs, tag, s.kind == CaptureSignal.Kind.COMPOSABLE, s.winders, inside);
                        marks = s.marks; frameBase = s.frameBase; winders = s.winders;
                        fn = s.receiver; fnArgs = new Object[] {k}; frames = segs;
                    }
                } catch (JumpSignal j) {
                    if (j.k.tag != tag) throw j;
                    marks = inside; frameBase = inside;
                    unwindWinders(j.winders, j.k.winders);
                    fn = null; frames = j.k.segments; value = j.value;
                } catch (AbortSignal a) {
                    if (a.tag != tag || !catchAborts) throw a;
                    a = unwindForAbort(a, tag, w0);
                    marks = m0; frameBase = b0;
                    return abortHandler(tag, handler, a.values);
                } catch (ControlSignal | org.jracket.runtime.exn.RacketException | Error e) {
                    throw e;
                } catch (RuntimeException e) {
                    // A bug or unchecked Java failure inside a primitive: report it as a Racket
                    // error at this prompt rather than killing the program's thread.
                    marks = inside; frameBase = inside; winders = w0;
                    fn = PrimitiveFailure.reporter(e); fnArgs = Procedure.NO_ARGS; frames = null;
                }
            }
        } finally {
            activePrompts.remove(activePrompts.size() - 1);
            spillBase = savedSpillBase;
            marks = m0; frameBase = b0;
        }
    }

    /** The default tag always has a prompt: every top-level form and module body runs under one. */
    boolean promptAvailable(PromptTag tag) { return tag == PromptTag.DEFAULT || activePrompts.contains(tag); }

    /** Can an abort to tag end at a prompt, on the Java stack or among frames being resumed? */
    boolean abortAvailable(PromptTag tag) { return promptAvailable(tag) || pendingPrompts.contains(tag); }

    /** What a prompt for tag with this handler (#f or null: the default one) gives for an abort with values. */
    Object abortHandler(PromptTag tag, Object handler, Object[] values) {
        return handler == null || handler == Boolean.FALSE ? defaultAbortHandler(tag, values) : call(handler, values);
    }

    private Object defaultAbortHandler(PromptTag tag, Object[] values) {
        // The default handler takes one thunk and calls it. For the default tag, other values
        // are passed through (the top level's prompts rely on it).
        if (values.length == 1 && values[0] instanceof Procedure p && (tag == PromptTag.DEFAULT || p.acceptsArity(0))) {
            return call(p, Procedure.NO_ARGS);
        }
        if (tag == PromptTag.DEFAULT) return org.jracket.runtime.data.MultipleValues.of(values);
        if (values.length == 1) {
            throw Errors.contract("default-continuation-prompt-handler", "(procedure-arity-includes/c 0)", values[0]);
        }
        StringBuilder sb = new StringBuilder("call-with-continuation-prompt: result arity mismatch;\n"
                + " expected number of values not received\n  expected: 1\n  received: ").append(values.length)
                .append("\n  in: application of default prompt handler");
        if (values.length > 0) {
            sb.append("\n  arguments...:");
            for (Object v : values) sb.append("\n   ").append(org.jracket.runtime.print.Printer.toPrintString(v));
        }
        throw Errors.raise(org.jracket.runtime.exn.ExnTypes.ARITY, sb.toString());
    }

    /** Captures up to the prompt for tag and calls receiver with the continuation. */
    RuntimeException capture(CaptureSignal.Kind kind, PromptTag tag, Object receiver) {
        return new CaptureSignal(kind, tag, (Procedure) receiver, this);
    }

    // ---- linklets ------------------------------------------------------------------

    Object runLinklet(CompiledLinklet cl, Variable[] table) {
        Object[] frame = new Object[cl.frameSize];
        frame[1] = table;
        Object result = VoidValue.VOID;
        for (Node form : cl.body) {
            result = callWithPrompt(PromptTag.DEFAULT, null, new FormThunk(form, frame), Procedure.NO_ARGS, false);
        }
        return result;
    }

    // ---- marks ---------------------------------------------------------------------

    private static final Object NO_FRAME = new Object();

    /** The innermost mark value for key, or null. */
    Object firstMark(Object key) {
        for (MarkFrame f = marks; f != null; f = f.next) if (f.key == key) return f.value;
        return null;
    }

    /** Sets a mark in the current frame (replacing the frame's mark for the same key). */
    void setMark(Object key, Object value) {
        marks = new MarkFrame(key, value, MarkFrame.without(marks, frameBase, key), frameBase == null ? NO_FRAME : frameBase);
    }
}
