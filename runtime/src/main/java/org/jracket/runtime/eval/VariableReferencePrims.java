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
        // Racket 8.7's racket/base has no variable-reference->module-name: racket/place uses this
        // name, which no program is likely to define.
        t.add(Primitive.of1("#%variable-reference-module-name", v -> moduleName(ref("#%variable-reference-module-name", v))));
        t.add(Primitive.of1("variable-reference-from-unsafe?", v -> { ref("variable-reference-from-unsafe?", v); return Boolean.FALSE; }));
        t.add(Primitive.of1("variable-reference-constant?", v -> { ref("variable-reference-constant?", v); return Boolean.FALSE; }));
    }

    private static VariableReference ref(String who, Object v) {
        if (v instanceof VariableReference r) return r;
        throw Errors.contract(who, "variable-reference?", v);
    }

    /**
     * The module's name as Racket's variable-reference->module-name gives it: a path or symbol,
     * or a list of it and the submodule names; #f at the top level. The linklet's name is the
     * module name as the module system describes it.
     */
    static Object moduleName(VariableReference r) {
        String name = r.linklet.source.name();
        int at = name.indexOf("@phase");
        if (at > 0) name = name.substring(0, at);
        if (!name.startsWith("(submod ")) return root(name);
        String[] parts = name.substring(8, name.length() - 1).trim().split(" ");
        Object out = org.jracket.runtime.data.Null.NULL;
        for (int i = parts.length - 1; i >= 1; i--) out = new org.jracket.runtime.data.Pair(Symbol.of(parts[i]), out);
        return new org.jracket.runtime.data.Pair(root(parts[0]), out);
    }

    private static Object root(String name) {
        if (name.startsWith("/")) return new Path(name);
        if (name.equals("top-level") || name.isEmpty()) return Boolean.FALSE;
        return Symbol.of(name.startsWith("'") ? name.substring(1) : name);
    }

    /** The module's source: the path (or symbol) of the module or of its enclosing file. */
    static Object moduleSource(VariableReference r) {
        Object n = moduleName(r);
        return n instanceof org.jracket.runtime.data.Pair p ? p.car : n;
    }
}
