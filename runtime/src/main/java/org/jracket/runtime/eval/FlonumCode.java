package org.jracket.runtime.eval;

import static java.lang.constant.ConstantDescs.CD_Double;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_double;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import org.jracket.runtime.data.Primitive;

/**
 * Unboxed flonum arithmetic for the {@link BodyCompiler}: expressions that {@link
 * FlonumLocals} proves to be flonums are computed as JVM doubles (boxed only where a value
 * leaves as an Object), and flonum comparisons in an {@code if} test become a branch. The
 * values and errors are the primitives': the same Java operations, and a non-flonum argument
 * of an {@code fl} operation raises its contract error after all arguments are evaluated.
 */
final class FlonumCode {
    private static final ClassDesc SUPPORT = ClassDesc.of(CompiledCode.class.getName()),
        PRIMITIVE = ClassDesc.of(Primitive.class.getName()), MATH = ClassDesc.of("java.lang.Math");
    private static final MethodTypeDesc D_D = MethodTypeDesc.of(CD_double, CD_double);

    private final BodyCompiler bc;

    FlonumCode(BodyCompiler bc) { this.bc = bc; }

    /** The operation's name without its unsafe- prefix (here the unsafe ones are checked too). */
    private static String safeName(PrimAppNode p) {
        String name = p.prim.name;
        return name.startsWith("unsafe-") ? name.substring(7) : name;
    }

    /** Object on the stack (known to be a Double) to double. */
    static void unbox(CodeBuilder cb) {
        cb.checkcast(CD_Double);
        cb.invokevirtual(CD_Double, "doubleValue", MethodTypeDesc.of(CD_double));
    }

    static void box(CodeBuilder cb) {
        cb.invokestatic(CD_Double, "valueOf", MethodTypeDesc.of(CD_Double, CD_double));
    }

    /** Is p an operation this class computes unboxed (and can it run without a capture)? */
    boolean computes(PrimAppNode p) { return bc.isFlonum(p) && !BodyCompiler.mayCapture(p); }

    /** Leaves the value of n, a flonum expression, on the stack as a double. */
    void genDouble(Node n) {
        CodeBuilder cb = bc.cb();
        if (BodyCompiler.mayCapture(n)) {
            bc.genObject(n);
            unbox(cb);
            return;
        }
        if (n instanceof ConstNode c) {
            cb.loadConstant((Double) c.value);
        } else if (n instanceof LocalRefNode r) {
            cb.dload(bc.doubleRegister(r));
        } else if (n instanceof IfNode i) {
            Label otherwise = cb.newLabel(), end = cb.newLabel();
            bc.genJumpUnlessTrue(i, otherwise);
            genDouble(i.then);
            cb.goto_(end);
            cb.labelBinding(otherwise);
            genDouble(i.otherwise);
            cb.labelBinding(end);
        } else if (n instanceof PrimAppNode p) {
            genOp(p);
        } else {
            throw new IllegalStateException("not a flonum expression: " + n);
        }
    }

    private void genOp(PrimAppNode p) {
        CodeBuilder cb = bc.cb();
        Node[] args = p.args;
        String name = safeName(p);
        if (name.equals("->fl") && bc.isInteger(args[0])) {
            bc.integers().genToDouble(args[0], p.prim);
            return;
        }
        switch (name) {
            case "->fl", "fx->fl" -> {
                bc.genObject(args[0]);
                bc.constantOf(p.prim, PRIMITIVE);
                cb.invokestatic(SUPPORT, "exactToFlonum", MethodTypeDesc.of(CD_double, CD_Object, PRIMITIVE));
            }
            case "fl+", "fl-", "fl*", "fl/", "+", "-", "*", "/" -> genArithmetic(p, name.substring(name.length() - 1));
            case "flabs" -> math(p, "abs");
            case "flsqrt" -> math(p, "sqrt");
            case "flexp" -> math(p, "exp");
            case "fllog" -> math(p, "log");
            case "flsin" -> math(p, "sin");
            case "flcos" -> math(p, "cos");
            case "fltan" -> math(p, "tan");
            case "flasin" -> math(p, "asin");
            case "flacos" -> math(p, "acos");
            case "flatan" -> math(p, "atan");
            case "flfloor" -> math(p, "floor");
            case "flceiling" -> math(p, "ceil");
            case "flround" -> math(p, "rint");
            case "fltruncate" -> {
                genArgs(p, null);
                cb.invokestatic(SUPPORT, "truncate", D_D);
            }
            default -> throw new IllegalStateException("no unboxed " + p.prim.name);
        }
    }

    private void math(PrimAppNode p, String method) {
        genArgs(p, null);
        bc.cb().invokestatic(MATH, method, D_D);
    }

    /** + - * / over the arguments, left to right (as the primitives fold them). */
    private void genArithmetic(PrimAppNode p, String op) {
        CodeBuilder cb = bc.cb();
        int n = p.args.length;
        if (n == 0) {
            cb.loadConstant(op.equals("+") ? 0.0 : 1.0);
            return;
        }
        if (n == 1 && op.equals("/")) cb.loadConstant(1.0);
        genArgs(p, n > 1 ? op : null);
        if (n == 1 && op.equals("-")) cb.dneg();
        else if (n == 1 && op.equals("/")) cb.ddiv();
    }

    /**
     * Pushes the arguments as doubles. Flonum expressions are computed unboxed; any other
     * argument must be a flonum, checked only once every argument is evaluated (so its error
     * comes where the primitive's would). With fold non-null (+ - * /), that operator is
     * applied after each argument from the second on, leaving one value.
     */
    private void genArgs(PrimAppNode p, String op) {
        CodeBuilder cb = bc.cb();
        Node[] args = p.args;
        boolean fold = op != null;
        boolean[] flonum = new boolean[args.length];
        boolean allFlonum = true;
        for (int i = 0; i < args.length; i++) allFlonum &= flonum[i] = bc.isFlonum(args[i]);
        if (allFlonum) {
            for (int i = 0; i < args.length; i++) {
                genDouble(args[i]);
                if (fold && i > 0) arith(cb, op);
            }
            return;
        }
        int[] temps = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            if (flonum[i]) {
                genDouble(args[i]);
                temps[i] = cb.allocateLocal(TypeKind.DOUBLE);
                cb.dstore(temps[i]);
            } else {
                bc.genObject(args[i]);
                temps[i] = cb.allocateLocal(TypeKind.REFERENCE);
                cb.astore(temps[i]);
            }
        }
        // Check the boxed arguments in order first: the first non-flonum is the one reported.
        int[] unboxed = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            if (flonum[i]) {
                unboxed[i] = temps[i];
                continue;
            }
            cb.aload(temps[i]);
            cb.ldc(p.prim.name);
            cb.invokestatic(SUPPORT, "flonum", MethodTypeDesc.of(CD_double, CD_Object, CD_String));
            unboxed[i] = cb.allocateLocal(TypeKind.DOUBLE);
            cb.dstore(unboxed[i]);
        }
        for (int i = 0; i < args.length; i++) {
            cb.dload(unboxed[i]);
            if (fold && i > 0) arith(cb, op);
        }
    }

    private static void arith(CodeBuilder cb, String op) {
        switch (op) {
            case "+" -> cb.dadd();
            case "-" -> cb.dsub();
            case "*" -> cb.dmul();
            default -> cb.ddiv();
        }
    }

    /** The comparison of a test that {@link #genJumpUnlessTrue} compiles to a branch, or null. */
    String comparison(Node test) {
        if (!(test instanceof PrimAppNode p) || p.args.length != 2 || BodyCompiler.mayCapture(p)) return null;
        String name = safeName(p);
        return switch (name) {
            case "fl<", "fl>", "fl<=", "fl>=", "fl=" -> name.substring(2);
            case "<", ">", "<=", ">=", "=" -> bc.isFlonum(p.args[0]) && bc.isFlonum(p.args[1]) ? name : null;
            default -> null;
        };
    }

    /** Jumps to otherwise unless the comparison test holds (NaN compares false, as in Racket). */
    void genJumpUnlessTrue(PrimAppNode test, String cmp, Label otherwise) {
        CodeBuilder cb = bc.cb();
        genArgs(test, null);
        switch (cmp) {
            case "<" -> { cb.dcmpg(); cb.ifge(otherwise); }
            case "<=" -> { cb.dcmpg(); cb.ifgt(otherwise); }
            case ">" -> { cb.dcmpl(); cb.ifle(otherwise); }
            case ">=" -> { cb.dcmpl(); cb.iflt(otherwise); }
            default -> { cb.dcmpl(); cb.ifne(otherwise); }
        }
    }
}
