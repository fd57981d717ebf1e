package org.jracket.runtime.eval;

import org.jracket.runtime.data.Undefined;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/**
 * {@code define-values} at linklet level, and {@code set!} of a linklet variable
 * ({@code define == false}): stores values into the variable table.
 */
final class DefineNode extends AssignNode {
    final int[] slots;
    final boolean define;

    DefineNode(int[] slots, Node value, boolean define) { super(value); this.slots = slots; this.define = define; }

    @Override Object assign(Object[] f, Object v) {
        Variable[] table = (Variable[]) f[1];
        if (slots.length == 1) {
            Variable var = table[slots[0]];
            Object x = ValuesCheck.single(v);
            if (!define && var.constant) {
                throw Errors.raise(ExnTypes.VARIABLE, var.name + ": cannot modify a constant", var.name);
            }
            if (!define && var.value == Undefined.UNDEFINED) {
                throw Errors.raise(ExnTypes.VARIABLE, "set!: assignment disallowed;\n cannot set variable before its definition\n  variable: "
                        + var.name + (var.home == null ? "" : "\n  in module: " + var.home), var.name);
            }
            var.value = x;
        } else {
            Object[] vals = ValuesCheck.spreadDefinition(v, slots.length, slots.length == 0 ? null : table[slots[0]].name);
            for (int i = 0; i < slots.length; i++) table[slots[i]].value = vals[i];
        }
        return VoidValue.VOID;
    }

}
