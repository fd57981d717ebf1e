package org.jracket.runtime.expand;

import java.util.List;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.module.PrimitiveModules;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.ScopeSet;
import org.jracket.runtime.syntax.Syntax;
import org.jracket.runtime.syntax.SrcLoc;

/**
 * A scope that binds, at every phase, the names of {@code #%kernel} and {@code #%stx}. Syntax
 * produced by the Java-implemented forms carries only this scope, so it always means the core
 * forms and primitives, whatever the user has bound (hygiene for native macros).
 */
public final class CoreScope extends Scope {
    public static final CoreScope INSTANCE = new CoreScope();

    private final ScopeSet self;

    private CoreScope() {
        super("core");
        self = ScopeSet.of(this);
    }

    @Override public void candidates(Symbol sym, int phase, List<BindingEntry> out) {
        Binding b = lookup(sym);
        if (b != null) out.add(new BindingEntry(self, b));
    }

    /** The binding of sym in #%kernel (core forms and primitives), else in #%stx, else null. */
    public static Binding lookup(Symbol sym) {
        if (CoreForms.get(sym.name) != null || KernelTableHolder.has(sym)) {
            return new Binding.Module(PrimitiveModules.KERNEL, 0, sym);
        }
        PrimitiveTable stx = PrimitiveModules.table(PrimitiveModules.STX);
        if (stx.get(sym.name) != null || org.jracket.runtime.expand.stx.StxModule.macro(sym.name) != null) {
            return new Binding.Module(PrimitiveModules.STX, 0, sym);
        }
        return null;
    }

    /** An identifier that always refers to the core binding of name. */
    public static Syntax id(String name) {
        return new Syntax(Symbol.of(name), SrcLoc.NONE).addScope(INSTANCE);
    }

    public static Syntax id(String name, SrcLoc loc) {
        return new Syntax(Symbol.of(name), loc).addScope(INSTANCE);
    }

    private static final class KernelTableHolder {
        static boolean has(Symbol s) {
            return PrimitiveModules.table(PrimitiveModules.KERNEL).get(s.name) != null;
        }
    }
}
