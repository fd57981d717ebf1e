package org.jracket.runtime.eval;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.io.Path;
import org.jracket.runtime.prims.PrimitiveTable;

/** Primitives on {@code #<variable-reference>} values: which module (instance) made them. */
final class VariableReferencePrims {
    private VariableReferencePrims() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.of1("variable-reference?", v -> v instanceof VariableReference));
        t.add(Primitive.of1("variable-reference->module-source", v -> moduleSource(ref("variable-reference->module-source", v))));
        t.add(Primitive.of1("variable-reference-from-unsafe?", v -> { ref("variable-reference-from-unsafe?", v); return Boolean.FALSE; }));
        t.add(Primitive.of1("variable-reference-constant?", v -> { ref("variable-reference-constant?", v); return Boolean.FALSE; }));
    }

    private static VariableReference ref(String who, Object v) {
        if (v instanceof VariableReference r) return r;
        throw Errors.contract(who, "variable-reference?", v);
    }

    /**
     * The module's source: a path for a module from a file (the enclosing file for a
     * submodule), a symbol for a module declared by name, #f at the top level. The linklet's
     * name is the module name as the module system describes it.
     */
    static Object moduleSource(VariableReference r) {
        String name = r.linklet.source.name();
        if (name.startsWith("(submod ")) name = name.substring(8).trim().split("[ )]")[0];
        if (name.startsWith("/")) return new Path(name);
        if (name.equals("top-level") || name.isEmpty()) return Boolean.FALSE;
        return Symbol.of(name.startsWith("'") ? name.substring(1) : name);
    }
}
