package org.jracket.runtime.namespace;

import java.util.ArrayList;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.ir.ExprWalk;
import org.jracket.runtime.ir.SlotSource;
import org.jracket.runtime.module.ModuleDeclaration;
import org.jracket.runtime.module.ModuleInstance;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.module.PhaseBody;
import org.jracket.runtime.module.Require;
import org.jracket.runtime.syntax.Phase;

/**
 * module->namespace (and namespace anchors): a top level inside a module instance. It shares
 * the module registry, requires what the module requires, and its top-level variables are the
 * instance's own phase-0 variables, so evaluation there reads and sets the module's state.
 * The module's macros and the renamings of its require specs are not visible.
 */
public final class ModuleNamespace {
    private ModuleNamespace() {}

    public static Namespace of(Namespace outer, ModuleDeclaration decl) {
        Namespace n = outer.withSharedRegistry();
        n.setTopHome(decl.name().written());
        for (Require r : decl.requires()) {
            if (r.level() == Phase.LABEL) continue;
            Object spec = modulePath(r.module());
            n.namespaceRequire(r.level() == 0 ? spec : Pair.list(Symbol.of("for-meta"), (long) r.level(), spec));
        }
        ModuleInstance inst = outer.instance(decl.name(), 0);
        PhaseBody body = decl.bodies().get(0);
        if (body != null) {
            java.util.Set<Integer> assigned = ExprWalk.assignedSlots(body.linklet.body());
            SlotSource[] slots = body.linklet.slots();
            for (int i = 0; i < slots.length; i++) {
                if (!(slots[i] instanceof SlotSource.Defined d)) continue;
                var v = inst.variable(0, d.name());
                if (!assigned.contains(i)) v.constant = true;
                n.bindTopVariable(0, d.name(), v);
            }
        }
        return n;
    }

    /** The module path that names m: (file "/p"), (quote m), or (submod ... sub ...). */
    static Object modulePath(ModuleName m) {
        Object root = m.root() instanceof String p
            ? Pair.list(Symbol.of("file"), MString.immutable(p))
            : Pair.list(Symbol.of("quote"), m.root());
        if (m.subs().isEmpty()) return root;
        ArrayList<Object> parts = new ArrayList<>();
        parts.add(Symbol.of("submod"));
        parts.add(root);
        parts.addAll(m.subs());
        return Pair.list(parts.toArray());
    }
}
