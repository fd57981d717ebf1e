package org.jracket.runtime.eval;

import static java.lang.constant.ConstantDescs.CD_Long;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_long;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import org.jracket.runtime.data.Primitive;

/**
 * Unboxed exact-integer arithmetic for the {@link BodyCompiler}. An integer local ({@link
 * UnboxedLocals}) lives in two JVM locals: a {@code long} and a box. The box is null while the
 * long is the value; it holds the value's {@code Long} once the value has been needed as an
 * object (so reading it again allocates nothing); and it holds the value itself when that is
 * beyond a long (a bignum). Integer expressions are computed on longs with an overflow check
 * after each operation; a bignum operand or an overflow takes the slow path instead, which is
 * the generic code the compiler emits anyway, so results and errors are the primitives'.
 * Integer expressions are pure, so the slow path may compute them again from the start.
 */
final class IntegerCode {
    private static final ClassDesc PRIMITIVE = ClassDesc.of(Primitive.class.getName()),
        MATH = ClassDesc.of("java.lang.Math"), SUPPORT = ClassDesc.of(CompiledCode.class.getName()),
        INTRINSIC = ClassDesc.of(Intrinsic.class.getName()), BOOLEAN = ClassDesc.of("java.lang.Boolean");

    private final BodyCompiler bc;

    IntegerCode(BodyCompiler bc) { this.bc = bc; }

    /** Is p arithmetic this class computes on longs (in an object context, boxing the result)? */
    boolean computes(PrimAppNode p) { return bc.isInteger(p); }

    /**
     * Computes the integer expression n into a long local, returned; jumps to slow (with an
     * empty operand stack) if an operand is a bignum or an operation overflows.
     */
    int genLong(Node n, Label slow) {
        CodeBuilder cb = bc.cb();
        if (n instanceof ConstNode c) {
            return constant((Long) c.value);
        } else if (n instanceof LocalRefNode r) {
            // A box that is not a Long holds a bignum.
            int box = bc.integerBox(r);
            Label fits = cb.newLabel();
            cb.aload(box);
            cb.ifnull(fits);
            cb.aload(box);
            cb.instanceOf(CD_Long);
            cb.ifeq(slow);
            cb.labelBinding(fits);
            return bc.longRegister(r);
        } else if (n instanceof PrimAppNode p) {
            return genOp(p, slow);
        } else {
            throw new IllegalStateException("not an integer expression: " + n);
        }
    }

    private int genOp(PrimAppNode p, Label slow) {
        CodeBuilder cb = bc.cb();
        Node[] args = p.args;
        String name = p.prim.name;
        switch (name) {
            case "add1", "sub1" -> {
                int x = genLong(args[0], slow);
                return arith(x, constant(1L), name.equals("add1") ? "+" : "-", slow);
            }
            case "-" -> {
                if (args.length == 1) return arith(constant(0L), genLong(args[0], slow), "-", slow);
            }
            case "quotient", "remainder", "modulo" -> {
                return divide(genLong(args[0], slow), genLong(args[1], slow), name, slow);
            }
            default -> { }
        }
        if (args.length == 0) return constant(name.equals("*") ? 1L : 0L);
        int acc = genLong(args[0], slow);
        for (int i = 1; i < args.length; i++) acc = arith(acc, genLong(args[i], slow), name, slow);
        return acc;
    }

    private int constant(long v) {
        CodeBuilder cb = bc.cb();
        int t = cb.allocateLocal(TypeKind.LONG);
        cb.loadConstant(v);
        cb.lstore(t);
        return t;
    }

    /** x op y into a new long local, jumping to slow on overflow (Hacker's Delight 2-13). */
    private int arith(int x, int y, String op, Label slow) {
        CodeBuilder cb = bc.cb();
        int r = cb.allocateLocal(TypeKind.LONG);
        cb.lload(x);
        cb.lload(y);
        switch (op) {
            case "+" -> cb.ladd();
            case "-" -> cb.lsub();
            default -> cb.lmul();
        }
        cb.lstore(r);
        switch (op) {
            case "+" -> {  // overflow iff both operands differ in sign from the result
                cb.lload(x); cb.lload(r); cb.lxor();
                cb.lload(y); cb.lload(r); cb.lxor();
                cb.land();
            }
            case "-" -> {  // overflow iff the operands differ in sign and the result's differs from x's
                cb.lload(x); cb.lload(y); cb.lxor();
                cb.lload(x); cb.lload(r); cb.lxor();
                cb.land();
            }
            default -> {  // the high half of the product must be the sign of the low half
                cb.lload(x); cb.lload(y);
                cb.invokestatic(MATH, "multiplyHigh", MethodTypeDesc.of(CD_long, CD_long, CD_long));
                cb.lload(r); cb.loadConstant(63); cb.lshr();
                cb.lxor();
                cb.lconst_0();
                cb.lcmp();
                cb.ifne(slow);
                return r;
            }
        }
        cb.lconst_0();
        cb.lcmp();
        cb.iflt(slow);
        return r;
    }

    /**
     * Integer division of x by y into a new long local: Java's / and % truncate as quotient
     * and remainder do, and floorMod takes the divisor's sign as modulo does. A zero divisor
     * (whose error the primitive raises) and the one overflowing quotient take the slow path.
     */
    private int divide(int x, int y, String op, Label slow) {
        CodeBuilder cb = bc.cb();
        cb.lload(y);
        cb.lconst_0();
        cb.lcmp();
        cb.ifeq(slow);
        if (op.equals("quotient")) {
            Label fits = cb.newLabel();
            cb.lload(y);
            cb.loadConstant(-1L);
            cb.lcmp();
            cb.ifne(fits);
            cb.lload(x);
            cb.loadConstant(Long.MIN_VALUE);
            cb.lcmp();
            cb.ifeq(slow);
            cb.labelBinding(fits);
        }
        int r = cb.allocateLocal(TypeKind.LONG);
        cb.lload(x);
        cb.lload(y);
        switch (op) {
            case "quotient" -> cb.ldiv();
            case "remainder" -> cb.lrem();
            default -> cb.invokestatic(MATH, "floorMod", MethodTypeDesc.of(CD_long, CD_long, CD_long));
        }
        cb.lstore(r);
        return r;
    }

    /**
     * Stores the integer expression n into the long and box locals (a register or a pair of
     * temporaries): computed on longs, or by the generic code when that cannot.
     */
    void genInto(Node n, int longLocal, int boxLocal) {
        CodeBuilder cb = bc.cb();
        Label slow = cb.newLabel(), done = cb.newLabel();
        int v = genLong(n, slow);
        cb.lload(v);
        cb.lstore(longLocal);
        cb.aconst_null();
        cb.astore(boxLocal);
        cb.goto_(done);
        cb.labelBinding(slow);
        bc.genGeneric(n);
        storeObject(cb, longLocal, boxLocal);
        cb.labelBinding(done);
    }

    /**
     * Stores the exact integer object on the stack into a long and its box (the box keeps it).
     * The long of a bignum is 0: never read, but set on every path for the JVM's verifier.
     */
    static void storeObject(CodeBuilder cb, int longLocal, int boxLocal) {
        Label big = cb.newLabel(), done = cb.newLabel();
        cb.astore(boxLocal);
        cb.aload(boxLocal);
        cb.instanceOf(CD_Long);
        cb.ifeq(big);
        cb.aload(boxLocal);
        cb.checkcast(CD_Long);
        cb.invokevirtual(CD_Long, "longValue", MethodTypeDesc.of(CD_long));
        cb.lstore(longLocal);
        cb.goto_(done);
        cb.labelBinding(big);
        cb.lconst_0();
        cb.lstore(longLocal);
        cb.labelBinding(done);
    }

    /** Pushes an integer register as an object: its box, made (once) if there is none yet. */
    static void load(CodeBuilder cb, int longLocal, int boxLocal) {
        Label have = cb.newLabel();
        cb.aload(boxLocal);
        cb.dup();
        cb.ifnonnull(have);
        cb.pop();
        cb.lload(longLocal);
        cb.invokestatic(CD_Long, "valueOf", MethodTypeDesc.of(CD_Long, CD_long));
        cb.dup();
        cb.astore(boxLocal);
        cb.labelBinding(have);
    }

    /** Pushes the value of the integer arithmetic p as an object (computed on longs if it can be). */
    void genBoxed(PrimAppNode p) {
        CodeBuilder cb = bc.cb();
        Label slow = cb.newLabel(), done = cb.newLabel();
        int v = genLong(p, slow);
        cb.lload(v);
        cb.invokestatic(CD_Long, "valueOf", MethodTypeDesc.of(CD_Long, CD_long));
        cb.goto_(done);
        cb.labelBinding(slow);
        bc.genGeneric(p);
        cb.labelBinding(done);
    }

    /** Pushes the integer expression n converted to a double, as {@code ->fl} (prim) does. */
    void genToDouble(Node n, Primitive prim) {
        CodeBuilder cb = bc.cb();
        Label slow = cb.newLabel(), done = cb.newLabel();
        int v = genLong(n, slow);
        cb.lload(v);
        cb.l2d();
        cb.goto_(done);
        cb.labelBinding(slow);
        bc.genGeneric(n);
        bc.constantOf(prim, PRIMITIVE);
        cb.invokestatic(SUPPORT, "exactToFlonum", MethodTypeDesc.of(CD_double, CD_Object, PRIMITIVE));
        cb.labelBinding(done);
    }

    /**
     * The comparison of an if test that {@link #genJumpUnlessTrue} compiles to a branch on
     * longs: {@code = < > <= >=} of two operands, one an integer expression other than a
     * constant and the other an integer expression or any expression that cannot capture a
     * continuation and is not a flonum one (comparing a flonum with 0 stays generic); or null.
     */
    String comparison(Node test) {
        if (!(test instanceof PrimAppNode p) || p.args.length != 2 || BodyCompiler.mayCapture(p)) return null;
        Node a = p.args[0], b = p.args[1];
        boolean ok = (computed(a) && !bc.isFlonum(b)) || (computed(b) && !bc.isFlonum(a));
        return switch (p.prim.name) {
            case "<", ">", "<=", ">=", "=" -> ok ? p.prim.name : null;
            default -> null;
        };
    }

    /** An integer expression whose value is not a constant (a register, or arithmetic). */
    private boolean computed(Node n) { return !(n instanceof ConstNode) && bc.isInteger(n); }

    /**
     * Jumps to otherwise unless the comparison holds. The operand that is no integer
     * expression is evaluated first (the other is pure) and compared as a long when it is a
     * Long; otherwise, or on a bignum, the primitive compares the boxed operands.
     */
    void genJumpUnlessTrue(PrimAppNode test, String cmp, Label otherwise) {
        CodeBuilder cb = bc.cb();
        Node[] args = test.args;
        boolean[] integer = {bc.isInteger(args[0]), bc.isInteger(args[1])};
        int[] boxed = new int[2];
        for (int i = 0; i < 2; i++) {
            if (integer[i]) continue;
            bc.genObject(args[i]);
            boxed[i] = cb.allocateLocal(TypeKind.REFERENCE);
            cb.astore(boxed[i]);
        }
        Label slow = cb.newLabel(), then = cb.newLabel();
        int[] v = new int[2];
        for (int i = 0; i < 2; i++) {
            if (integer[i]) {
                v[i] = genLong(args[i], slow);
                continue;
            }
            cb.aload(boxed[i]);
            cb.instanceOf(CD_Long);
            cb.ifeq(slow);
            cb.aload(boxed[i]);
            cb.checkcast(CD_Long);
            cb.invokevirtual(CD_Long, "longValue", MethodTypeDesc.of(CD_long));
            v[i] = cb.allocateLocal(TypeKind.LONG);
            cb.lstore(v[i]);
        }
        cb.lload(v[0]);
        cb.lload(v[1]);
        cb.lcmp();
        switch (cmp) {
            case "<" -> cb.ifge(otherwise);
            case "<=" -> cb.ifgt(otherwise);
            case ">" -> cb.ifle(otherwise);
            case ">=" -> cb.iflt(otherwise);
            default -> cb.ifne(otherwise);
        }
        cb.goto_(then);
        cb.labelBinding(slow);
        // The boxed operands go to the intrinsic's own fast paths (a flonum, say), else the primitive.
        if (!(test instanceof OpNode)) bc.constantOf(test.prim, PRIMITIVE);
        for (int i = 0; i < 2; i++) {
            if (integer[i]) bc.genObject(args[i]);
            else cb.aload(boxed[i]);
        }
        if (test instanceof OpNode o) {
            bc.constantOf(test.prim, PRIMITIVE);
            cb.invokestatic(INTRINSIC, o.intrinsic, MethodTypeDesc.of(CD_Object, CD_Object, CD_Object, PRIMITIVE));
        } else {
            cb.invokevirtual(PRIMITIVE, "apply2", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
        }
        cb.getstatic(BOOLEAN, "FALSE", BOOLEAN);
        cb.if_acmpeq(otherwise);
        cb.labelBinding(then);
    }
}
