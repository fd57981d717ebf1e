package org.jracket.runtime.eval;

import java.util.HashMap;
import java.util.HashSet;
import org.jracket.runtime.ir.Expr;
import org.jracket.runtime.ir.ExprWalk;
import org.jracket.runtime.ir.Linklet;
import org.jracket.runtime.ir.SlotSource;

/**
 * The module-level variables of a linklet whose every later reference can be compiled as the
 * constant it is bound to: {@code (define max-iter 50)} with no {@code set!} of max-iter
 * anywhere in the module. Racket enforces module-level definitions as constants and its
 * compiler (schemify) propagates such literals; doing the same here lets the tiers fold them
 * (a compiled loop compares with an immediate instead of loading a variable, its box and its
 * value every iteration).
 *
 * <p>Only references in forms after the definition are replaced: those run after it has
 * executed (the module body runs in order, and a lambda of a later form is made after it), so
 * a reference that runs too early still raises "cannot reference an identifier before its
 * definition".
 */
final class ModuleConstants {
    private record Constant(Object value, int form) {}

    private final HashMap<Integer, Constant> constants = new HashMap<>();

    private ModuleConstants() {}

    static ModuleConstants of(Linklet linklet) {
        ModuleConstants mc = new ModuleConstants();
        Expr[] body = linklet.body();
        HashSet<Integer> assigned = new HashSet<>();
        HashSet<Integer> defined = new HashSet<>();
        for (int i = 0; i < body.length; i++) {
            if (!(body[i] instanceof Expr.DefineValues d)) continue;
            for (int slot : d.slots()) {
                if (!defined.add(slot)) assigned.add(slot); // defined twice: not a constant
            }
            if (d.slots().length == 1 && d.value() instanceof Expr.Quote q
                    && linklet.slots()[d.slots()[0]] instanceof SlotSource.Defined) {
                mc.constants.put(d.slots()[0], new Constant(q.datum(), i));
            }
        }
        // Most library linklets define no literal: they are not walked (start-up decodes them).
        if (mc.constants.isEmpty()) return mc;
        assigned.addAll(ExprWalk.assignedSlots(body));
        mc.constants.keySet().removeAll(assigned);
        return mc;
    }

    /** Is the variable in slot a constant for a reference in top-level form number form? */
    boolean isConstantIn(int slot, int form) {
        Constant c = constants.get(slot);
        return c != null && form > c.form;
    }

    Object value(int slot) { return constants.get(slot).value; }
}
