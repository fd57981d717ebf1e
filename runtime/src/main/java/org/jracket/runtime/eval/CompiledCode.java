package org.jracket.runtime.eval;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.Undefined;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/**
 * The out-of-line parts of compiled bodies ({@link BodyCompiler}): small static methods the
 * generated code calls, kept here so generated methods stay short (the JIT inlines them).
 */
final class CompiledCode {
    private CompiledCode() {}

    /** Records a frame on a capture passing through compiled code; returns the signal to rethrow. */
    static CaptureSignal recorded(CaptureSignal s, ContFrame frame, Machine m) {
        s.push(frame, m);
        return s;
    }

    /** The checks at entry to a call (see {@link Machine#runBody}): preemption and spilling. */
    static void enter(Machine m, Node body, Object[] frame) {
        if (--m.fuel < 0) m.refuel();
        if (m.depth - m.spillBase >= m.maxDepth) throw m.spill(new BodyFrame(body, frame));
    }

    /** The entry checks of a direct call: the preemption tick; true when the stack must spill. */
    static boolean deep(Machine m) {
        if (--m.fuel < 0) m.refuel();
        return m.depth - m.spillBase >= m.maxDepth;
    }

    static RuntimeException spillAt(Machine m, Node body, Object[] frame) { return m.spill(new BodyFrame(body, frame)); }

    /** The preemption check of a loop iteration (a self tail call). */
    static void tick(Machine m) {
        if (--m.fuel < 0) m.refuel();
    }

    static Object valueOf(Variable var) {
        Object v = var.value;
        if (v == Undefined.UNDEFINED) throw GlobalRefNode.undefined(var);
        return v;
    }

    static RuntimeException usedBeforeDefinition(String name) {
        return Errors.raise(ExnTypes.VARIABLE, name + ": undefined;\n cannot use before initialization", Symbol.of(name));
    }

    /** An argument of a flonum operation: its value, or the operation's contract error. */
    static double flonum(Object x, String who) {
        if (x instanceof Double d) return d;
        throw Errors.contract(who, "flonum?", x);
    }

    /** ->fl and fx->fl: a fixnum converts here; anything else goes to the primitive (bignums, errors). */
    static double exactToFlonum(Object x, Primitive p) {
        if (x instanceof Long l) return l;
        return (Double) p.apply1(x);
    }

    /** fltruncate. */
    static double truncate(double x) { return x < 0 ? Math.ceil(x) : Math.floor(x); }
}
