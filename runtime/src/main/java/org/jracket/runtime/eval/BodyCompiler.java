package org.jracket.runtime.eval;

import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import org.jracket.runtime.data.Primitive;

/**
 * The second tier: compiles a hot lambda's node tree into a JVM class (a {@link Node}
 * subclass, defined as a hidden class so it is unloaded with the code that uses it).
 *
 * <p>Why it is faster than the tree: every node's work is inlined into one method, and each
 * call site in the Racket code becomes its own JVM call site, so the JIT's type profile at a
 * site sees the few procedures called there and can inline them (in the tree interpreter
 * all applications share {@code AppNode.eval}, which is megamorphic). Self tail calls (named
 * {@code let} loops) become jumps; known primitives of 0-3 arguments are called through
 * their body interface at the site.
 *
 * <p>Semantics are the tree's by construction: frames keep the same layout (locals live in
 * the {@code Object[]} frame, so closures and continuations see them), and every
 * subexpression whose value the tree would await is covered by an exception handler that
 * records, on a continuation capture, exactly the {@link ContFrame} the corresponding node
 * records. A captured continuation therefore resumes in the interpreter's nodes. Forms the
 * compiler does not handle itself are run by their node (a call to its {@code eval}).
 */
final class BodyCompiler {
    static final boolean ENABLED = !"false".equals(System.getProperty("jracket.jit"));
    /**
     * A directory to write each compiled body's class file to (for javap), or null: a
     * developer switch of the host JVM, like -Xlog, not I/O of the guest.
     */
    private static final String DUMP = System.getProperty("jracket.jit.dump");
    private static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();
    /** Print each compilation's lambda and time to the host's stderr (a developer switch, as DUMP). */
    private static final boolean TRACE = Boolean.getBoolean("jracket.jit.trace");
    /** Calls before a lambda is compiled (tests lower it to compile everything at once). */
    static int threshold = Integer.getInteger("jracket.jit.threshold", 1000);
    /** Bodies compiled so far (for tests and diagnostics). */
    static final java.util.concurrent.atomic.AtomicInteger COMPILED = new java.util.concurrent.atomic.AtomicInteger();
    /** Integer registers (unboxed exact-integer locals) made so far (for tests and diagnostics). */
    static final java.util.concurrent.atomic.AtomicInteger INTEGER_REGISTERS = new java.util.concurrent.atomic.AtomicInteger();
    /** Named-let loops inlined so far (for tests and diagnostics). */
    static final java.util.concurrent.atomic.AtomicInteger INLINED_LOOPS = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * HotSpot does not JIT-compile methods above 8000 bytes of bytecode unless started with
     * -XX:-DontCompileHugeMethods (the launcher does): bigger bodies stay in the tree otherwise.
     */
    private static final int HUGE = 7900, MAX_CODE = 60000;
    private static final boolean STRICT = Boolean.getBoolean("jracket.jit.strict");

    private static final ClassDesc SELF = ClassDesc.of("org.jracket.runtime.eval.CompiledBody");
    private static final ClassDesc NODE = desc(Node.class), MACHINE = desc(Machine.class),
        CLOSURE = desc(Closure.class), CASE_CLOSURE = desc(CaseClosure.class), CODE = desc(LambdaCode.class), VARIABLE = desc(Variable.class),
        SIGNAL = desc(CaptureSignal.class), CONT_FRAME = desc(ContFrame.class), MARK_FRAME = desc(MarkFrame.class),
        SUPPORT = desc(CompiledCode.class), DIRECT = desc(DirectBody.class), PRIMITIVE = desc(Primitive.class), INTRINSIC = desc(Intrinsic.class),
        VALUES = desc(ValuesCheck.class), OBJECTS = CD_Object.arrayType();
    private static final MethodTypeDesc EVAL = MethodTypeDesc.of(CD_Object, OBJECTS, MACHINE);
    private static final int THIS = 0;

    private final LambdaCode code;
    private final ArrayList<Object> constants = new ArrayList<>();
    private final ArrayList<ClassDesc> constantTypes = new ArrayList<>();
    private final IdentityHashMap<Object, Integer> constantIndex = new IdentityHashMap<>();
    private CodeBuilder cb;
    private FrameUse use;
    /**
     * The locals of one Racket frame inside the method: the compiled lambda's own (the root),
     * or those of a named-let loop inlined into it ({@link LoopInlining}).
     */
    private static final class Ctx {
        final LambdaCode code;
        final Ctx parent;
        /** For an inlined loop: the parent's slot that holds the loop procedure. */
        final int loopSlot;
        /** The JVM local holding each frame slot kept in a register, or -1 (slot in the frame). */
        final int[] reg;
        /** Register slots in scope here: a capture stores them into the frame for the tree. */
        final ArrayList<Integer> scope = new ArrayList<>();
        /** The JVM local of the heap frame: null until a capture needs it, except a root run by eval. */
        int fv;
        /** Where an iteration (a self tail call) starts. */
        Label start;
        /** This frame and those around it in the method, for {@link UnboxedLocals}. */
        final UnboxedLocals.Chain chain;
        /** Register slots that hold unboxed flonums (JVM double locals). */
        final boolean[] dbl;
        /** Register slots that hold exact integers: a JVM long local, and its box in box[s] ({@link IntegerCode}). */
        final boolean[] lng;
        final int[] box;

        Ctx(LambdaCode code, Ctx parent, int loopSlot, UnboxedLocals kinds) {
            this.code = code; this.parent = parent; this.loopSlot = loopSlot;
            this.reg = new int[code.frameSize];
            this.chain = new UnboxedLocals.Chain(code, parent == null ? null : parent.chain, loopSlot);
            this.dbl = new boolean[code.frameSize];
            this.lng = new boolean[code.frameSize];
            this.box = new int[code.frameSize];
            for (int s = 2; s < dbl.length; s++) {
                dbl[s] = kinds.isDouble(code, s);
                lng[s] = !dbl[s] && kinds.isLong(code, s);
            }
        }

        /** A fresh JVM local for slot s: a double for a flonum register, a long (and its box) for an integer one. */
        int newRegister(CodeBuilder cb, int s) {
            if (lng[s]) {
                box[s] = cb.allocateLocal(TypeKind.REFERENCE);
                INTEGER_REGISTERS.incrementAndGet();
            }
            return cb.allocateLocal(dbl[s] ? TypeKind.DOUBLE : lng[s] ? TypeKind.LONG : TypeKind.REFERENCE);
        }
    }

    private Ctx root, ctx;
    /** The unboxed locals of this body and their arithmetic ({@link UnboxedLocals}, {@link FlonumCode}, {@link IntegerCode}). */
    private UnboxedLocals unboxed;
    private FlonumCode flonums;
    private IntegerCode integers;
    /** JVM locals of the method: the Machine, the closure's environment, the variable table. */
    private int mv, envVar, globalsVar;
    /** True while emitting a direct body (arguments in JVM locals, no frame; see DirectBody). */
    private boolean direct;

    /** Inline named-let loops; off for a second try when the first result is too big. */
    private final boolean inlineLoops;

    private BodyCompiler(LambdaCode code, boolean inlineLoops) { this.code = code; this.inlineLoops = inlineLoops; }

    private static ClassDesc desc(Class<?> c) { return ClassDesc.of(c.getName()); }

    /** The compiled body of code, or null when it stays interpreted. */
    static Node compile(LambdaCode code) {
        long start = TRACE ? System.nanoTime() : 0;
        try {
            Node compiled = new BodyCompiler(code, true).build();
            // Inlined loops can make a body too big for the JIT: then compile them apart.
            if (compiled == null) compiled = new BodyCompiler(code, false).build();
            if (TRACE) System.err.printf("jit: %s %s in %.2f ms (at %d ms, %s)%n", code.name, compiled != null ? "compiled" : "left to the tree", (System.nanoTime() - start) / 1e6, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(), Thread.currentThread().getName());
            return compiled;
        } catch (RuntimeException | LinkageError e) {
            if (STRICT) {
                // The guest sees only an internal error: the cause goes to the host's stderr.
                e.printStackTrace();
                throw new IllegalStateException("jit: cannot compile " + code.name, e);
            }
            return null;
        } catch (Throwable t) {
            if (t instanceof Error err) throw err;
            return null;
        }
    }

    private Node build() throws Throwable {
        use = FrameUse.of(code, inlineLoops);
        unboxed = UnboxedLocals.of(code, use, inlineLoops);
        flonums = new FlonumCode(this);
        integers = new IntegerCode(this);
        direct = !use.escapes && !code.rest && code.nparams <= DirectBody.MAX_ARITY;
        ClassDesc superclass = direct ? DIRECT : NODE;
        String bodyMethod = direct ? "invoke" + code.nparams : "eval";
        MethodTypeDesc invoke = MethodTypeDesc.of(CD_Object, withEnvAndMachine(objects(code.nparams)));
        // Class file version 49 without stack maps: the JVM's own (native) verifier infers the
        // types, so no Java-level stack map generation runs (and gets JIT-compiled) per body.
        byte[] bytes = ClassFile.of(ClassFile.StackMapsOption.DROP_STACK_MAPS).build(SELF, clb -> {
            clb.withVersion(ClassFile.JAVA_5_VERSION, 0);
            clb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            clb.withSuperclass(superclass);
            clb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), 0, c -> {
                c.aload(THIS);
                c.invokespecial(superclass, "<init>", MethodTypeDesc.of(CD_void));
                c.return_();
            });
            clb.withMethodBody(bodyMethod, direct ? invoke : EVAL, 0, c -> {
                cb = c;
                genEntry();
                genTail(code.interpreted);
            });
            if (direct) {
                // eval(f, m) = invokeN(f[0], f[2], ..., m): the entry for frames built elsewhere.
                clb.withMethodBody("eval", EVAL, 0, c -> {
                    c.aload(THIS);
                    c.aload(1);
                    c.iconst_0();
                    c.aaload();
                    c.checkcast(OBJECTS);
                    for (int i = 0; i < code.nparams; i++) {
                        c.aload(1);
                        c.loadConstant(2 + i);
                        c.aaload();
                    }
                    c.aload(2);
                    c.invokevirtual(SELF, bodyMethod, invoke);
                    c.areturn();
                });
            }
            // Constants are static finals (filled from the class data), so the JIT folds them.
            for (int i = 0; i < constants.size(); i++) {
                clb.withField("K" + i, constantTypes.get(i), ClassFile.ACC_STATIC | ClassFile.ACC_FINAL | ClassFile.ACC_PRIVATE);
            }
            clb.withMethodBody("<clinit>", MethodTypeDesc.of(CD_void), ClassFile.ACC_STATIC, c -> {
                c.invokestatic(desc(MethodHandles.class), "lookup", MethodTypeDesc.of(desc(MethodHandles.Lookup.class)));
                c.ldc("_");
                c.ldc(OBJECTS);
                c.invokestatic(desc(MethodHandles.class), "classData",
                    MethodTypeDesc.of(CD_Object, desc(MethodHandles.Lookup.class), CD_String, desc(Class.class)));
                c.checkcast(OBJECTS);
                c.astore(0);
                for (int i = 0; i < constants.size(); i++) {
                    c.aload(0);
                    c.loadConstant(i);
                    c.aaload();
                    c.checkcast(constantTypes.get(i));
                    c.putstatic(SELF, "K" + i, constantTypes.get(i));
                }
                c.return_();
            });
        });
        int size = codeSize(bytes, bodyMethod);
        if (size > MAX_CODE || (size > HUGE && !HugeMethods.COMPILED)) return null;
        if (DUMP != null) dump(bytes);
        MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, constants.toArray(), true);
        COMPILED.incrementAndGet();
        return (Node) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
    }

    /** Writes a compiled body's class file into {@link #DUMP}, named by the order of compilation. */
    private static void dump(byte[] bytes) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(DUMP);
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve("body" + DUMPED.getAndIncrement() + ".class"), bytes);
        } catch (java.io.IOException e) {
            System.err.println("jracket.jit.dump: " + e.getMessage());
        }
    }

    /** (Object[] env, args..., Machine): the descriptor of a direct body's method. */
    private static ClassDesc[] withEnvAndMachine(ClassDesc[] args) {
        ClassDesc[] ds = new ClassDesc[args.length + 2];
        ds[0] = OBJECTS;
        System.arraycopy(args, 0, ds, 1, args.length);
        ds[args.length + 1] = MACHINE;
        return ds;
    }

    /** Whether this JVM JIT-compiles huge methods (asked only once a body is that big). */
    private static final class HugeMethods {
        static final boolean COMPILED = ask();

        private static boolean ask() {
            try {
                var bean = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
                return "false".equals(bean.getVMOption("DontCompileHugeMethods").getValue());
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }

    private static int codeSize(byte[] bytes, String method) {
        ClassModel cm = ClassFile.of().parse(bytes);
        for (MethodModel mm : cm.methods()) {
            if (mm.methodName().equalsString(method)) return mm.findAttribute(Attributes.code()).orElseThrow().codeLength();
        }
        return 0;
    }

    /**
     * Loads the parameters kept in registers from the frame; loop iterations (self tail
     * calls) start after that, at loopStart, where the other registers are cleared (a letrec
     * local reads as null until initialized, as in a fresh frame).
     */
    private void genEntry() {
        root = ctx = new Ctx(code, null, -1, unboxed);
        int[] reg = root.reg;
        ArrayList<Integer> scope = root.scope;
        int params = 2 + code.nparams + (code.rest ? 1 : 0);
        if (direct) {
            // invokeN(env, a1..aN, m): parameters are already JVM locals 2..N+1.
            envVar = 1;
            mv = code.nparams + 2;
            for (int i = 0; i < code.nparams; i++) reg[2 + i] = 2 + i;
            root.fv = local();
            cb.aconst_null();
            cb.astore(root.fv);
        } else {
            root.fv = 1;
            mv = 2;
            envVar = local();
            cb.aload(root.fv);
            cb.iconst_0();
            cb.aaload();
            cb.checkcast(OBJECTS);
            cb.astore(envVar);
        }
        globalsVar = local();
        genGlobalsOfEnv();
        for (int s = 2; s < code.frameSize; s++) {
            if (direct && s < params) {
                if (root.lng[s]) {
                    // An integer parameter: its argument local becomes the register's box.
                    root.box[s] = reg[s];
                    reg[s] = cb.allocateLocal(TypeKind.LONG);
                    INTEGER_REGISTERS.incrementAndGet();
                    cb.aload(root.box[s]);
                    IntegerCode.storeObject(cb, reg[s], root.box[s]);
                }
                scope.add(s);
                continue;
            }
            reg[s] = use.inFrame[s] ? -1 : root.newRegister(cb, s);
            if (reg[s] >= 0 && s < params) {
                cb.aload(root.fv);
                cb.loadConstant(s);
                cb.aaload();
                genStoreLocal(root, s);
                scope.add(s);
            }
        }
        root.start = cb.newBoundLabel();
        for (int s = params; s < code.frameSize; s++) {
            if (reg[s] >= 0) clearRegister(root, s);
        }
    }

    /** globals = env[1], the linklet instance's variable table. */
    private void genGlobalsOfEnv() {
        cb.aload(envVar);
        cb.iconst_1();
        cb.aaload();
        cb.checkcast(VARIABLE.arrayType());
        cb.astore(globalsVar);
    }

    /** The context depth frames out from the current one, or null when beyond the root. */
    private Ctx at(int depth) {
        Ctx c = ctx;
        for (int d = 0; d < depth && c != null; d++) c = c.parent;
        return c;
    }

    /** How many frames beyond the root's a reference depth frames out from here reaches. */
    private int beyondRoot(int depth) {
        int d = depth;
        for (Ctx c = ctx; c != root; c = c.parent) d--;
        return d;
    }

    /** Stores the value on the stack into local slot of the current context (register or frame). */
    private void genStoreLocal(int slot) { genStoreLocal(ctx, slot); }

    private void genStoreLocal(Ctx c, int slot) {
        if (c.reg[slot] >= 0 && c.lng[slot]) {
            IntegerCode.storeObject(cb, c.reg[slot], c.box[slot]);
            return;
        }
        if (c.reg[slot] >= 0 && c.dbl[slot]) {
            FlonumCode.unbox(cb);
            cb.dstore(c.reg[slot]);
            return;
        }
        if (c.reg[slot] >= 0) {
            cb.astore(c.reg[slot]);
            return;
        }
        int v = local();
        cb.astore(v);
        cb.aload(c.fv);
        cb.loadConstant(slot);
        cb.aload(v);
        cb.aastore();
    }

    /** Brings a binding form's register slots into scope; returns how many to drop after. */
    private int enterScope(BindNode b) {
        int before = ctx.scope.size();
        for (int[] ss : b.slots) for (int s : ss) if (ctx.reg[s] >= 0) ctx.scope.add(s);
        return before;
    }

    private void leaveScope(int before) {
        while (ctx.scope.size() > before) ctx.scope.remove(ctx.scope.size() - 1);
    }

    // ---- constants -----------------------------------------------------------------

    private void constant(Object v, ClassDesc type) {
        Integer i = constantIndex.get(v);
        if (i == null || !constantTypes.get(i).equals(type)) {
            i = constants.size();
            constants.add(v);
            constantTypes.add(type);
            constantIndex.put(v, i);
        }
        cb.getstatic(SELF, "K" + i, type);
    }

    private void genConst(Object v) {
        if (v == Boolean.TRUE) cb.getstatic(CD_Boolean, "TRUE", CD_Boolean);
        else if (v == Boolean.FALSE) cb.getstatic(CD_Boolean, "FALSE", CD_Boolean);
        else constant(v, CD_Object);
    }

    private int local() { return cb.allocateLocal(TypeKind.REFERENCE); }

    // ---- expressions ---------------------------------------------------------------

    /** Emits code that returns the value of n (n is in tail position). */
    private void genTail(Node n) {
        LoopInlining.Loop loop = inlineLoops ? LoopInlining.of(n) : null;
        if (loop != null) {
            // The loop's own slot stays out of scope: its register is never set (no closure is
            // made), and a capture puts the loop procedure in the frame there instead, which
            // a second handler storing the scope's registers would otherwise overwrite with null.
            genInlinedLoop(loop);
            return;
        }
        if (n instanceof IfNode i) {
            Label otherwise = cb.newLabel();
            genJumpUnlessTrue(i, otherwise);
            genTail(i.then);
            cb.labelBinding(otherwise);
            genTail(i.otherwise);
        } else if (n instanceof SeqNode s) {
            genSeq(s, true);
        } else if (n instanceof BindNode b) {
            genBind(b, true);
        } else if (n instanceof AppNode a && a.tail) {
            genTailCall(a);
        } else {
            gen(n);
            cb.areturn();
        }
    }

    private void genIn(Node n, boolean tail) {
        if (tail) genTail(n); else gen(n);
    }

    private void genSeq(SeqNode s, boolean tail) {
        genEffects(s);
        genIn(s.body[s.body.length - 1], tail);
    }

    private void genBind(BindNode b, boolean tail) {
        int outer = enterScope(b);
        genBindings(b);
        genIn(b.body, tail);
        leaveScope(outer);
    }

    /** Pushes a new closure of code over the frame in local frameVar. */
    private void genNewClosure(LambdaCode lambda, int frameVar) {
        cb.new_(CLOSURE);
        cb.dup();
        constant(lambda, CODE);
        cb.aload(frameVar);
        cb.invokespecial(CLOSURE, "<init>", MethodTypeDesc.of(CD_void, CODE, OBJECTS));
    }

    /** Emits code that leaves the value of n on the operand stack. */
    private void gen(Node n) {
        if (n instanceof ConstNode c) {
            genConst(c.value);
        } else if (n instanceof LocalRefNode r) {
            genLocalRef(r);
        } else if (n instanceof GlobalRefNode g) {
            genGlobalRef(g.slot);
        } else if (n instanceof LambdaNode l) {
            genNewClosure(l.code, ctx.fv);
        } else if (n instanceof IfNode i) {
            Label otherwise = cb.newLabel(), end = cb.newLabel();
            genJumpUnlessTrue(i, otherwise);
            gen(i.then);
            cb.goto_(end);
            cb.labelBinding(otherwise);
            gen(i.otherwise);
            cb.labelBinding(end);
        } else if (n instanceof SeqNode s) {
            genSeq(s, false);
        } else if (n instanceof BindNode b) {
            genBind(b, false);
        } else if (n instanceof AppNode a && !a.tail) {
            genCall(a);
            if (a.single) genSingle();
        } else if (n instanceof PrimAppNode p && flonums.computes(p)) {
            flonums.genDouble(p);
            FlonumCode.box(cb);
        } else if (n instanceof PrimAppNode p && integers.computes(p)) {
            integers.genBoxed(p);
        } else if (n instanceof OpNode o) {
            genIntrinsic(o);
        } else if (n instanceof PrimAppNode p) {
            genPrimCall(p);
        } else if (n instanceof SetLocalNode s) {
            genSetLocal(s);
        } else {
            // Forms kept in the tree (marks, definitions, case-lambda, ...): run the node.
            constant(n, NODE);
            cb.aload(ctx.fv);
            cb.aload(mv);
            cb.invokevirtual(NODE, "eval", EVAL);
        }
    }

    /** Could evaluating n throw a CaptureSignal (run Racket code that may capture)? */
    static boolean mayCapture(Node n) {
        if (n instanceof ConstNode || n instanceof LocalRefNode || n instanceof GlobalRefNode || n instanceof LambdaNode
                || n instanceof CaseLambdaNode) {
            return false;
        }
        if (n instanceof PrimAppNode p) {
            return anyMayCapture(p.args);
        }
        if (n instanceof IfNode i) {
            return mayCapture(i.test) || mayCapture(i.then) || mayCapture(i.otherwise);
        }
        if (n instanceof SeqNode s) {
            return anyMayCapture(s.body);
        }
        if (n instanceof BindNode b) {
            return anyMayCapture(b.rhs) || mayCapture(b.body);
        }
        if (n instanceof SetLocalNode s) {
            return mayCapture(s.value);
        }
        return true;
    }

    private static boolean anyMayCapture(Node[] ns) {
        for (Node n : ns) if (mayCapture(n)) return true;
        return false;
    }

    /**
     * Emits sub, covered (if it may capture) by a handler that records the frame the tree
     * would record there: {@code frame} pushes that ContFrame onto the operand stack.
     */
    private void genAwaited(Node sub, Runnable frame) {
        if (!mayCapture(sub)) {
            gen(sub);
            return;
        }
        Label start = cb.newBoundLabel();
        gen(sub);
        Label end = cb.newBoundLabel();
        Label after = cb.newLabel();
        cb.goto_(after);
        Label handler = cb.newBoundLabel();
        genMaterialize(ctx);
        frame.run();
        cb.aload(mv);
        cb.invokestatic(SUPPORT, "recorded", MethodTypeDesc.of(SIGNAL, SIGNAL, CONT_FRAME, MACHINE));
        cb.athrow();
        cb.labelBinding(after);
        cb.exceptionCatch(start, end, handler, SIGNAL);
    }

    /**
     * Makes the heap frames of context c and its parents as the tree would have them at a
     * capture: a direct body or an inlined loop makes its frame when a capture first passes
     * through it (the handlers of one activation share it), registers in scope are stored
     * into it, and an inlined loop's procedure is put in its parent's slot.
     */
    private void genMaterialize(Ctx c) {
        if (c.parent != null) genMaterialize(c.parent);
        if (c != root || direct) {
            Label have = cb.newLabel();
            cb.aload(c.fv);
            cb.ifnonnull(have);
            cb.loadConstant(c.code.frameSize);
            cb.anewarray(CD_Object);
            cb.astore(c.fv);
            if (c == root) {
                genLinkFrame();
            } else {
                cb.aload(c.fv);
                cb.iconst_0();
                cb.aload(c.parent.fv);
                cb.aastore();
                cb.aload(c.fv);
                cb.iconst_1();
                cb.aload(globalsVar);
                cb.aastore();
                // The loop procedure, which inlining never made, for the tree's calls of it.
                cb.aload(c.parent.fv);
                cb.loadConstant(c.loopSlot);
                genNewClosure(c.code, c.parent.fv);
                cb.aastore();
            }
            cb.labelBinding(have);
        }
        for (int s : c.scope) {
            cb.aload(c.fv);
            cb.loadConstant(s);
            loadRegister(c, s);
            cb.aastore();
        }
    }

    /** root frame[0] = env, frame[1] = globals: what every lambda frame starts with. */
    private void genLinkFrame() {
        cb.aload(root.fv);
        cb.iconst_0();
        cb.aload(envVar);
        cb.aastore();
        cb.aload(root.fv);
        cb.iconst_1();
        cb.aload(globalsVar);
        cb.aastore();
    }

    /** Jumps to otherwise when the test of i is false (a flonum comparison is a branch). */
    void genJumpUnlessTrue(IfNode i, Label otherwise) {
        String cmp = flonums.comparison(i.test);
        if (cmp != null) {
            flonums.genJumpUnlessTrue((PrimAppNode) i.test, cmp, otherwise);
            return;
        }
        cmp = integers.comparison(i.test);
        if (cmp != null) {
            integers.genJumpUnlessTrue((PrimAppNode) i.test, cmp, otherwise);
            return;
        }
        genTest(i);
        cb.if_acmpeq(otherwise);
    }

    // ---- registers, and what FlonumCode needs of this compiler -------------------------

    CodeBuilder cb() { return cb; }

    void genObject(Node n) { gen(n); }

    boolean isFlonum(Node n) { return unboxed.isFlonum(n, ctx.chain); }

    boolean isInteger(Node n) { return unboxed.isInteger(n, ctx.chain); }

    IntegerCode integers() { return integers; }

    /** The generic code for an integer expression (what runs when it cannot be done on longs). */
    void genGeneric(Node n) {
        if (n instanceof OpNode o) {
            genIntrinsic(o);
        } else if (n instanceof PrimAppNode p) {
            genPrimCall(p);
        } else {
            gen(n);
        }
    }

    void constantOf(Object v, ClassDesc type) { constant(v, type); }

    /** The double local of the flonum register that r reads. */
    int doubleRegister(LocalRefNode r) {
        Ctx c = at(r.depth);
        if (c == null || c.reg[r.slot] < 0 || !c.dbl[r.slot]) throw new IllegalStateException("not a flonum register");
        return c.reg[r.slot];
    }

    /** The long local of the integer register that r reads. */
    int longRegister(LocalRefNode r) {
        Ctx c = at(r.depth);
        if (c == null || c.reg[r.slot] < 0 || !c.lng[r.slot]) throw new IllegalStateException("not an integer register");
        return c.reg[r.slot];
    }

    /** The box local of the integer register that r reads. */
    int integerBox(LocalRefNode r) {
        longRegister(r);
        return at(r.depth).box[r.slot];
    }

    /** Pushes register slot s of c as an Object (a flonum register is boxed). */
    private void loadRegister(Ctx c, int s) {
        if (c.lng[s]) {
            IntegerCode.load(cb, c.reg[s], c.box[s]);
        } else if (c.dbl[s]) {
            cb.dload(c.reg[s]);
            FlonumCode.box(cb);
        } else {
            cb.aload(c.reg[s]);
        }
    }

    /** A register as a fresh frame has it: null (a flonum register: 0.0, never read before set). */
    private void clearRegister(Ctx c, int s) {
        if (c.lng[s]) {
            cb.lconst_0();
            cb.lstore(c.reg[s]);
            cb.aconst_null();
            cb.astore(c.box[s]);
        } else if (c.dbl[s]) {
            cb.dconst_0();
            cb.dstore(c.reg[s]);
        } else {
            cb.aconst_null();
            cb.astore(c.reg[s]);
        }
    }

    /**
     * Evaluates n, a value for register slot s of c, into new locals of the register's kind:
     * a double (for a flonum register), a long and its box (an integer one), or an Object.
     */
    private int[] genTemp(Node n, Ctx c, int s) {
        if (c.dbl[s]) {
            flonums.genDouble(n);
            int t = cb.allocateLocal(TypeKind.DOUBLE);
            cb.dstore(t);
            return new int[] {t};
        }
        if (c.lng[s]) {
            int t = cb.allocateLocal(TypeKind.LONG), b = local();
            if (isInteger(n)) {
                integers.genInto(n, t, b);
            } else {
                // Only a parameter's register is fed by what its profile alone vouches for.
                gen(n);
                IntegerCode.storeObject(cb, t, b);
            }
            return new int[] {t, b};
        }
        gen(n);
        int t = local();
        cb.astore(t);
        return new int[] {t};
    }

    /** Moves genTemp locals into register slot s of c. */
    private void moveTemp(int[] temp, Ctx c, int s) {
        if (c.lng[s]) {
            cb.lload(temp[0]);
            cb.lstore(c.reg[s]);
            cb.aload(temp[1]);
            cb.astore(c.box[s]);
        } else if (c.dbl[s]) {
            cb.dload(temp[0]);
            cb.dstore(c.reg[s]);
        } else {
            cb.aload(temp[0]);
            cb.astore(c.reg[s]);
        }
    }

    private void genTest(IfNode i) {
        genAwaited(i.test, () -> {
            constant(i, desc(IfNode.class));
            cb.aload(ctx.fv);
            cb.invokevirtual(desc(IfNode.class), "awaitTest", MethodTypeDesc.of(CONT_FRAME, OBJECTS));
        });
        cb.getstatic(CD_Boolean, "FALSE", CD_Boolean);
    }

    private void genEffects(SeqNode s) {
        for (int i = 0; i < s.body.length - 1; i++) {
            int index = i;
            genAwaited(s.body[i], () -> {
                constant(s, desc(SeqNode.class));
                cb.aload(ctx.fv);
                cb.loadConstant(index);
                cb.invokevirtual(desc(SeqNode.class), "awaitItem", MethodTypeDesc.of(CONT_FRAME, OBJECTS, CD_int));
            });
            cb.pop();
        }
    }

    private void genBindings(BindNode b) {
        for (int i = 0; i < b.rhs.length; i++) {
            int index = i;
            int[] target = b.slots[i];
            if (target.length == 1 && ctx.reg[target[0]] >= 0 && ctx.dbl[target[0]] && !mayCapture(b.rhs[i])) {
                flonums.genDouble(b.rhs[i]);
                cb.dstore(ctx.reg[target[0]]);
                continue;
            }
            if (target.length == 1 && ctx.reg[target[0]] >= 0 && ctx.lng[target[0]]) {
                integers.genInto(b.rhs[i], ctx.reg[target[0]], ctx.box[target[0]]);
                continue;
            }
            genAwaited(b.rhs[i], () -> {
                constant(b, desc(BindNode.class));
                cb.aload(ctx.fv);
                cb.loadConstant(index);
                cb.invokevirtual(desc(BindNode.class), "awaitRhs", MethodTypeDesc.of(CONT_FRAME, OBJECTS, CD_int));
            });
            int[] slots = b.slots[i];
            if (slots.length == 1) {
                cb.invokestatic(VALUES, "single", MethodTypeDesc.of(CD_Object, CD_Object));
                genStoreLocal(slots[0]);
            } else {
                cb.loadConstant(slots.length);
                cb.invokestatic(VALUES, "spread", MethodTypeDesc.of(OBJECTS, CD_Object, CD_int));
                int vs = local();
                cb.astore(vs);
                for (int j = 0; j < slots.length; j++) {
                    cb.aload(vs);
                    cb.loadConstant(j);
                    cb.aaload();
                    genStoreLocal(slots[j]);
                }
            }
        }
    }

    /** Pushes the heap frame depth frames out (a context's frame, or the environment chain). */
    private void genFrameOf(int depth) {
        Ctx c = at(depth);
        if (c != null) {
            cb.aload(c.fv);
            return;
        }
        depth = beyondRoot(depth);
        cb.aload(envVar);
        for (int d = 1; d < depth; d++) {
            cb.iconst_0();
            cb.aaload();
            cb.checkcast(OBJECTS);
        }
    }

    private void genLocalRef(LocalRefNode r) {
        Ctx c = at(r.depth);
        if (c != null && c.reg[r.slot] >= 0) {
            loadRegister(c, r.slot);
        } else {
            genFrameOf(r.depth);
            cb.loadConstant(r.slot);
            cb.aaload();
        }
        if (r.checkName != null) {
            Label ok = cb.newLabel();
            cb.dup();
            cb.ifnonnull(ok);
            cb.ldc(r.checkName);
            cb.invokestatic(SUPPORT, "usedBeforeDefinition", MethodTypeDesc.of(desc(RuntimeException.class), CD_String));
            cb.athrow();
            cb.labelBinding(ok);
        }
    }

    private void genGlobalRef(int slot) {
        cb.aload(globalsVar);
        cb.loadConstant(slot);
        cb.aaload();
        cb.invokestatic(SUPPORT, "valueOf", MethodTypeDesc.of(CD_Object, VARIABLE));
    }

    private void genSetLocal(SetLocalNode s) {
        genAwaited(s.value, () -> {
            constant(s, desc(AssignNode.class));
            cb.aload(ctx.fv);
            cb.invokevirtual(desc(AssignNode.class), "awaitValue", MethodTypeDesc.of(CONT_FRAME, OBJECTS));
        });
        cb.invokestatic(VALUES, "single", MethodTypeDesc.of(CD_Object, CD_Object));
        Ctx c = at(s.depth);
        if (c != null && c.reg[s.slot] >= 0) {
            cb.astore(c.reg[s.slot]);
        } else {
            int v = local();
            cb.astore(v);
            genFrameOf(s.depth);
            cb.loadConstant(s.slot);
            cb.aload(v);
            cb.aastore();
        }
        cb.getstatic(desc(org.jracket.runtime.data.VoidValue.class), "VOID", desc(org.jracket.runtime.data.VoidValue.class));
    }

    // ---- primitive applications ----------------------------------------------------

    /**
     * Evaluates operands into fresh locals, in order; a capture in operand i records the
     * frame of node (an AppNode or PrimAppNode: both have awaitOperand(f, vals, i)).
     */
    private int[] genOperands(Node node, Node[] operands) { return genOperands(node, operands, null); }

    /**
     * With operator non-null, operands[0] is not evaluated: operator pushes its value where
     * a recorded frame needs it (a call of an inlined loop, whose procedure a capture makes).
     */
    private int[] genOperands(Node node, Node[] operands, Runnable operator) {
        ClassDesc owner = desc(node instanceof AppNode ? AppNode.class : PrimAppNode.class);
        int[] locals = new int[operands.length];
        for (int i = operator == null ? 0 : 1; i < operands.length; i++) {
            int index = i;
            genAwaited(operands[i], () -> {
                constant(node, owner);
                cb.aload(ctx.fv);
                if (operator == null) {
                    genArray(locals, 0, index, operands.length);
                } else {
                    // vals = [operator, operands 1..index-1 ...]
                    cb.loadConstant(operands.length);
                    cb.anewarray(CD_Object);
                    cb.dup();
                    cb.iconst_0();
                    operator.run();
                    cb.aastore();
                    for (int k = 1; k < index; k++) {
                        cb.dup();
                        cb.loadConstant(k);
                        cb.aload(locals[k]);
                        cb.aastore();
                    }
                }
                cb.loadConstant(index);
                cb.invokevirtual(owner, "awaitOperand", MethodTypeDesc.of(CONT_FRAME, OBJECTS, OBJECTS, CD_int));
            });
            locals[i] = local();
            cb.astore(locals[i]);
        }
        return locals;
    }

    /** Pushes a new Object[length] holding locals[from..to) at positions 0.. (rest null). */
    private void genArray(int[] locals, int from, int to, int length) {
        cb.loadConstant(length);
        cb.anewarray(CD_Object);
        for (int i = from; i < to; i++) {
            cb.dup();
            cb.loadConstant(i - from);
            cb.aload(locals[i]);
            cb.aastore();
        }
    }

    private void genIntrinsic(OpNode o) {
        int[] xs = genOperands(o, o.args);
        MethodTypeDesc type = xs.length == 1
            ? MethodTypeDesc.of(CD_Object, CD_Object, PRIMITIVE)
            : MethodTypeDesc.of(CD_Object, CD_Object, CD_Object, PRIMITIVE);
        for (int x : xs) cb.aload(x);
        constant(o.prim, PRIMITIVE);
        cb.invokestatic(INTRINSIC, o.intrinsic, type);
    }

    private void genPrimCall(PrimAppNode p) {
        genPrimApply(p);
        if (p.single) genSingle();
    }

    /** Checks that the value on the stack is one value, not several (as the tree's {@code single} nodes do). */
    private void genSingle() {
        cb.invokestatic(VALUES, "single", MethodTypeDesc.of(CD_Object, CD_Object));
    }

    private void genPrimApply(PrimAppNode p) {
        int[] xs = genOperands(p, p.args);
        Primitive prim = p.prim;
        int n = xs.length;
        // instanceof tests rather than a pattern switch: its invokedynamic would spin a class
        // at the first compilation of every run.
        Class<?> body = null;
        Object fn = null;
        if (n == 0 && prim instanceof Primitive.P0 q) { body = Primitive.F0.class; fn = q.fn; }
        else if (n == 1 && prim instanceof Primitive.P1 q) { body = Primitive.F1.class; fn = q.fn; }
        else if (n == 2 && prim instanceof Primitive.P2 q) { body = Primitive.F2.class; fn = q.fn; }
        else if (n == 3 && prim instanceof Primitive.P3 q) { body = Primitive.F3.class; fn = q.fn; }
        if (body != null) {
            // Call the body's interface method here: this site gets its own JIT profile.
            constant(fn, desc(body));
            for (int x : xs) cb.aload(x);
            cb.invokeinterface(desc(body), "call", MethodTypeDesc.of(CD_Object, objects(n)));
            return;
        }
        constant(prim, PRIMITIVE);
        if (n <= 3) {
            for (int x : xs) cb.aload(x);
            cb.invokevirtual(PRIMITIVE, "apply" + n, MethodTypeDesc.of(CD_Object, objects(n)));
        } else {
            genArray(xs, 0, n, n);
            cb.invokevirtual(PRIMITIVE, "apply", MethodTypeDesc.of(CD_Object, OBJECTS));
        }
    }

    private static ClassDesc[] objects(int n) {
        ClassDesc[] ds = new ClassDesc[n];
        java.util.Arrays.fill(ds, CD_Object);
        return ds;
    }

    // ---- calls ---------------------------------------------------------------------

    /**
     * If the operator is a closure taking exactly the given arguments, leaves it in local c
     * and its code in codeVar and falls through; else jumps to slow.
     */
    private void genClosureCheck(int[] xs, int c, int codeVar, Label slow) {
        Label plain = cb.newLabel(), found = cb.newLabel();
        cb.aload(xs[0]);
        cb.instanceOf(CASE_CLOSURE);
        cb.ifeq(plain);
        // A case-lambda clause taking exactly these arguments is called like a closure.
        cb.aload(xs[0]);
        cb.checkcast(CASE_CLOSURE);
        cb.loadConstant(xs.length - 1);
        cb.invokevirtual(CASE_CLOSURE, "fixedClause", MethodTypeDesc.of(CLOSURE, CD_int));
        cb.astore(c);
        cb.aload(c);
        cb.ifnull(slow);
        cb.goto_(found);
        cb.labelBinding(plain);
        genCastOrJump(xs[0], CLOSURE, c, slow);
        cb.labelBinding(found);
        load(c, CLOSURE, "code", CODE);
        cb.astore(codeVar);
        load(codeVar, CODE, "fixedArity", CD_int);
        cb.loadConstant(xs.length - 1);
        cb.if_icmpne(slow);
    }

    /** Builds the frame of closure c (code in codeVar) for the arguments xs[1..] into calleeFrame. */
    private void genCalleeFrame(int[] xs, int c, int codeVar, int calleeFrame) {
        load(codeVar, CODE, "frameSize", CD_int);
        cb.anewarray(CD_Object);
        cb.astore(calleeFrame);
        cb.aload(calleeFrame);
        cb.iconst_0();
        load(c, CLOSURE, "env", OBJECTS);
        cb.aastore();
        cb.aload(calleeFrame);
        cb.iconst_1();
        load(c, CLOSURE, "env", OBJECTS);
        cb.iconst_1();
        cb.aaload();
        cb.aastore();
        for (int i = 1; i < xs.length; i++) {
            cb.aload(calleeFrame);
            cb.loadConstant(i + 1);
            cb.aload(xs[i]);
            cb.aastore();
        }
    }

    /**
     * A non-tail call: the body runs here, inlined from {@link Machine#runBody}. A direct
     * body gets the arguments in JVM locals; any other gets a frame.
     */
    private void genCall(AppNode a) {
        int[] xs = genOperands(a, a.exprs);
        int n = xs.length - 1;
        int c = local(), codeVar = local(), body = local(), frame = local(), r = local();
        Label slow = cb.newLabel(), join = cb.newLabel();
        genClosureCheck(xs, c, codeVar, slow);
        load(codeVar, CODE, "body", NODE);
        cb.astore(body);
        if (n <= DirectBody.MAX_ARITY) {
            Label framed = cb.newLabel(), shallow = cb.newLabel();
            cb.aload(body);
            cb.instanceOf(DIRECT);
            cb.ifeq(framed);
            cb.aload(mv);
            cb.invokestatic(SUPPORT, "deep", MethodTypeDesc.of(ConstantDescs.CD_boolean, MACHINE));
            cb.ifeq(shallow);
            genCalleeFrame(xs, c, codeVar, frame);
            cb.aload(mv);
            cb.aload(body);
            cb.aload(frame);
            cb.invokestatic(SUPPORT, "spillAt", MethodTypeDesc.of(desc(RuntimeException.class), MACHINE, NODE, OBJECTS));
            cb.athrow();
            cb.labelBinding(shallow);
            genRun(r, join, () -> {
                // The callee's body is called from this site: its profile is this site's alone.
                cb.aload(body);
                cb.checkcast(DIRECT);
                load(c, CLOSURE, "env", OBJECTS);
                for (int i = 1; i <= n; i++) cb.aload(xs[i]);
                cb.aload(mv);
                cb.invokevirtual(DIRECT, "invoke" + n, MethodTypeDesc.of(CD_Object, withEnvAndMachine(objects(n))));
            });
            cb.labelBinding(framed);
        }
        genCalleeFrame(xs, c, codeVar, frame);
        cb.aload(mv);
        cb.aload(body);
        cb.aload(frame);
        cb.invokestatic(SUPPORT, "enter", MethodTypeDesc.of(CD_void, MACHINE, NODE, OBJECTS));
        genRun(r, join, () -> {
            cb.aload(body);
            cb.aload(frame);
            cb.aload(mv);
            cb.invokevirtual(NODE, "eval", EVAL);
        });
        cb.labelBinding(slow);
        genGenericCall(xs, join, "call");
    }

    /**
     * Runs a callee's body (emitted by call, leaving its result) in a new continuation
     * frame, completing its tail calls, as {@link Machine#runBody} does; the value goes to join.
     */
    private void genRun(int r, Label join, Runnable call) {
        int savedMarks = local(), savedBase = local();
        load(mv, MACHINE, "marks", MARK_FRAME);
        cb.astore(savedMarks);
        load(mv, MACHINE, "frameBase", MARK_FRAME);
        cb.astore(savedBase);
        setMachine("frameBase", MARK_FRAME, savedMarks);
        cb.aload(mv);
        cb.dup();
        cb.getfield(MACHINE, "depth", CD_int);
        cb.iconst_1();
        cb.iadd();
        cb.putfield(MACHINE, "depth", CD_int);
        Label start = cb.newBoundLabel();
        call.run();
        cb.astore(r);
        Label loop = cb.newBoundLabel(), done = cb.newLabel();
        cb.aload(r);
        cb.getstatic(MACHINE, "TAIL", CD_Object);
        cb.if_acmpne(done);
        cb.aload(mv);
        cb.invokevirtual(MACHINE, "runTail", MethodTypeDesc.of(CD_Object));
        cb.astore(r);
        cb.goto_(loop);
        cb.labelBinding(done);
        Label end = cb.newBoundLabel();
        genLeave(savedMarks, savedBase);
        cb.aload(r);
        cb.goto_(join);
        Label handler = cb.newBoundLabel();
        int ex = local();
        cb.astore(ex);
        genLeave(savedMarks, savedBase);
        cb.aload(ex);
        cb.athrow();
        cb.exceptionCatchAll(start, end, handler);
    }

    /**
     * A named-let loop in tail position, inlined ({@link LoopInlining}): the initial
     * arguments go to the loop's parameter registers and the body follows in a new context;
     * the loop's calls of itself jump to its start.
     */
    private void genInlinedLoop(LoopInlining.Loop inlined) {
        INLINED_LOOPS.incrementAndGet();
        LambdaNode loop = inlined.lambda();
        int slot = inlined.slot();
        int n = inlined.args().length;
        Ctx c = new Ctx(loop.code, ctx, slot, unboxed);
        int[][] xs = new int[n][];
        for (int i = 0; i < n; i++) xs[i] = genTemp(inlined.args()[i], c, 2 + i);
        for (int s = 2; s < loop.code.frameSize; s++) c.reg[s] = c.newRegister(cb, s);
        c.fv = local();
        cb.aconst_null();
        cb.astore(c.fv);
        for (int i = 0; i < n; i++) {
            moveTemp(xs[i], c, 2 + i);
            c.scope.add(2 + i);
        }
        c.start = cb.newBoundLabel();
        for (int s = 2 + n; s < loop.code.frameSize; s++) clearRegister(c, s);
        Ctx saved = ctx;
        ctx = c;
        genTail(loop.code.interpreted);
        ctx = saved;
    }

    /** The inlined loop that a tail call of a calls, or null. */
    private Ctx loopCalledBy(AppNode a) {
        if (!(a.exprs[0] instanceof LocalRefNode r)) return null;
        Ctx target = at(r.depth);
        for (Ctx c = ctx; c != root; c = c.parent) {
            if (c.parent == target && c.loopSlot == r.slot && a.exprs.length - 1 == c.code.nparams) return c;
        }
        return null;
    }

    /** A call of an inlined loop: the arguments go to its parameters, then a jump to its start. */
    private void genLoopJump(AppNode a, Ctx loop) {
        if (!anyMayCapture(a.exprs)) {
            // No handlers needed: flonum arguments are computed unboxed into their registers.
            int n = a.exprs.length - 1;
            int[][] ts = new int[n][];
            for (int i = 0; i < n; i++) ts[i] = genTemp(a.exprs[1 + i], loop, 2 + i);
            for (int i = 0; i < n; i++) moveTemp(ts[i], loop, 2 + i);
        } else {
            int[] xs = genOperands(a, a.exprs, () -> {
                // After a capture made the frames, the loop's procedure is in its parent's frame.
                cb.aload(loop.parent.fv);
                cb.loadConstant(loop.loopSlot);
                cb.aaload();
            });
            for (int i = 1; i < xs.length; i++) {
                cb.aload(xs[i]);
                genStoreLocal(loop, i + 1);
            }
        }
        genNextIteration(loop.start);
    }

    /**
     * A self tail call (a loop iteration) jumps back to loopStart: parameters in registers
     * are just assigned. The frame is reused unless closures or tree-run forms may hold it.
     */
    private void genSelfCall(int[] xs) {
        Label other = cb.newLabel();
        int c = genSelfCheck(xs[0], other);
        genEnterSelf(c);
        if (use.escapes) {
            cb.loadConstant(code.frameSize);
            cb.anewarray(CD_Object);
            cb.astore(root.fv);
        }
        if (!direct) genLinkFrame();
        for (int i = 1; i < xs.length; i++) {
            int slot = i + 1;
            cb.aload(xs[i]);
            genStoreLocal(root, slot);
        }
        genNextIteration(root.start);
        cb.labelBinding(other);
    }

    /** Jumps to other unless the operator in local op is a closure of this lambda; returns the local holding it. */
    private int genSelfCheck(int op, Label other) {
        int c = local();
        genCastOrJump(op, CLOSURE, c, other);
        load(c, CLOSURE, "code", CODE);
        constant(code, CODE);
        cb.if_acmpne(other);
        return c;
    }

    /** The environment (and variable table) of closure c, a closure of this lambda, become the method's. */
    private void genEnterSelf(int c) {
        load(c, CLOSURE, "env", OBJECTS);
        cb.astore(envVar);
        genGlobalsOfEnv();
    }

    /** A loop iteration: charges the machine's fuel, then jumps to start. */
    private void genNextIteration(Label start) {
        cb.aload(mv);
        cb.invokestatic(SUPPORT, "tick", MethodTypeDesc.of(CD_void, MACHINE));
        cb.goto_(start);
    }

    /**
     * Can the tail call a, if it calls this lambda itself, compute its arguments straight into
     * unboxed parameter registers? Only when the operator is a variable (evaluating it first,
     * and again on the other path, is unobservable), nothing can capture a continuation, and
     * the frame is the method's own.
     */
    private boolean unboxedSelfCall(AppNode a) {
        if (use.escapes || !maybeSelfLoopCall(a, code)) return false;
        for (int s = 2; s < 2 + code.nparams; s++) if (root.lng[s] || root.dbl[s]) return true;
        return false;
    }

    /**
     * Could the tail call a be code's call of itself that genUnboxedSelfCall compiles: a call
     * with code's fixed arity, of a variable, with no argument that can capture? (Also what
     * {@link UnboxedLocals} counts as a loop of the lambda's own.)
     */
    static boolean maybeSelfLoopCall(AppNode a, LambdaCode code) {
        return a.tail && code.fixedArity == a.exprs.length - 1 && !anyMayCapture(a.exprs)
            && (a.exprs[0] instanceof LocalRefNode || a.exprs[0] instanceof GlobalRefNode);
    }

    /**
     * A tail call of this lambda itself as a loop iteration whose arguments are computed
     * unboxed (an integer register's on longs), as an inlined loop's are; falls through when
     * the operator is anything else. The operator is evaluated before the arguments, as always.
     */
    private void genUnboxedSelfCall(AppNode a) {
        Label other = cb.newLabel();
        gen(a.exprs[0]);
        int op = local();
        cb.astore(op);
        int c = genSelfCheck(op, other);
        int n = a.exprs.length - 1;
        int[][] ts = new int[n][];
        for (int i = 0; i < n; i++) ts[i] = genTemp(a.exprs[1 + i], root, 2 + i);
        // The arguments were computed in the caller's environment; the callee's may differ.
        genEnterSelf(c);
        if (!direct) genLinkFrame();
        for (int i = 0; i < n; i++) {
            if (root.reg[2 + i] >= 0) {
                moveTemp(ts[i], root, 2 + i);
            } else {
                cb.aload(ts[i][0]);
                genStoreLocal(root, 2 + i);
            }
        }
        genNextIteration(root.start);
        cb.labelBinding(other);
    }

    /**
     * The call of an operator that is no closure of a known shape: a primitive applied
     * directly, anything else through the Machine's {@code method} ("call" or "tailCall");
     * the value goes to done.
     */
    private void genGenericCall(int[] xs, Label done, String method) {
        genPrimitiveOperator(xs, done);
        cb.aload(mv);
        cb.aload(xs[0]);
        genArray(xs, 1, xs.length, xs.length - 1);
        cb.invokevirtual(MACHINE, method, MethodTypeDesc.of(CD_Object, CD_Object, OBJECTS));
        cb.labelBinding(done);
    }

    /**
     * A primitive operator (say a comparator passed to sort) with up to three arguments is
     * applied here without an argument array, as Machine.call would apply it; the value goes
     * to {@code done}. Anything else falls through.
     */
    private void genPrimitiveOperator(int[] xs, Label done) {
        int n = xs.length - 1;
        if (n > 3) return;
        Label other = cb.newLabel();
        cb.aload(xs[0]);
        cb.instanceOf(PRIMITIVE);
        cb.ifeq(other);
        cb.aload(xs[0]);
        cb.checkcast(PRIMITIVE);
        for (int i = 1; i <= n; i++) cb.aload(xs[i]);
        cb.invokevirtual(PRIMITIVE, "apply" + n, MethodTypeDesc.of(CD_Object, objects(n)));
        cb.goto_(done);
        cb.labelBinding(other);
    }

    /** Stores the value in local from, cast to type, into local to; jumps to otherwise if it is not one. */
    private void genCastOrJump(int from, ClassDesc type, int to, Label otherwise) {
        cb.aload(from);
        cb.instanceOf(type);
        cb.ifeq(otherwise);
        cb.aload(from);
        cb.checkcast(type);
        cb.astore(to);
    }

    /** Pushes the field name of the object in local var. */
    private void load(int var, ClassDesc owner, String name, ClassDesc type) {
        cb.aload(var);
        cb.getfield(owner, name, type);
    }

    /** Sets a field of the Machine to the value in local var. */
    private void setMachine(String name, ClassDesc type, int var) {
        cb.aload(mv);
        cb.aload(var);
        cb.putfield(MACHINE, name, type);
    }

    private void genLeave(int savedMarks, int savedBase) {
        cb.aload(mv);
        cb.dup();
        cb.getfield(MACHINE, "depth", CD_int);
        cb.iconst_1();
        cb.isub();
        cb.putfield(MACHINE, "depth", CD_int);
        setMachine("marks", MARK_FRAME, savedMarks);
        setMachine("frameBase", MARK_FRAME, savedBase);
    }

    /** A tail call: a self call loops; other closures go to the caller's call loop. */
    private void genTailCall(AppNode a) {
        Ctx loop = loopCalledBy(a);
        if (loop != null) {
            genLoopJump(a, loop);
            return;
        }
        boolean unboxedSelf = unboxedSelfCall(a);
        if (unboxedSelf) genUnboxedSelfCall(a);
        int[] xs = genOperands(a, a.exprs);
        int c = local(), codeVar = local(), frame = local();
        Label slow = cb.newLabel();
        if (code.fixedArity == xs.length - 1 && !unboxedSelf) genSelfCall(xs);
        genClosureCheck(xs, c, codeVar, slow);
        genCalleeFrame(xs, c, codeVar, frame);
        cb.aload(mv);
        load(codeVar, CODE, "body", NODE);
        cb.putfield(MACHINE, "tailBody", NODE);
        setMachine("tailFrame", OBJECTS, frame);
        cb.getstatic(MACHINE, "TAIL", CD_Object);
        cb.areturn();
        cb.labelBinding(slow);
        Label done = cb.newLabel();
        genGenericCall(xs, done, "tailCall");
        cb.areturn();
    }
}
