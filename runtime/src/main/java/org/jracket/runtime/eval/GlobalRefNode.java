package org.jracket.runtime.eval;

import org.jracket.runtime.data.Undefined;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/** Reads a slot of the linklet's variable table (a module-level or imported variable). */
final class GlobalRefNode extends Node {
    final int slot;

    GlobalRefNode(int slot) { this.slot = slot; }

    @Override Object eval(Object[] f, Machine m) {
        Variable var = ((Variable[]) f[1])[slot];
        Object v = var.value;
        if (v == Undefined.UNDEFINED) throw undefined(var);
        return v;
    }

    static RuntimeException undefined(Variable var) {
        String where = var.home == null ? "" : "\n  in module: " + var.home;
        return Errors.raise(ExnTypes.VARIABLE, var.name + ": undefined;\n cannot reference an identifier before its definition" + where, var.name);
    }
}
