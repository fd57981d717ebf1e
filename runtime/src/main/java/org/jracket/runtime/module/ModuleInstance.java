package org.jracket.runtime.module;

import java.util.HashMap;
import java.util.HashSet;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.eval.Variable;
import org.jracket.runtime.ir.SlotSource;
import org.jracket.runtime.syntax.Phase;

/**
 * A module declaration instantiated in one namespace at one phase shift: its variables for
 * each phase and which phases have run. Mutable and confined to its namespace's place.
 *
 * <p>Running phase p first runs phase p - level of every required module (in require order,
 * each at this instance's shift plus the require's level), then this module's phase-p body;
 * each phase runs at most once per instance.
 */
public final class ModuleInstance {
    public final ModuleDeclaration decl;
    public final int shift;
    private final InstanceRegistry registry;
    private final HashMap<Integer, HashMap<Symbol, Variable>> vars = new HashMap<>();
    private final HashSet<Integer> started = new HashSet<>();

    public ModuleInstance(ModuleDeclaration decl, int shift, InstanceRegistry registry) {
        this.decl = decl; this.shift = shift; this.registry = registry;
    }

    /** The variable for sym at a phase of this module (created on first use). */
    public synchronized Variable variable(int phase, Symbol sym) {
        return vars.computeIfAbsent(phase, p -> new HashMap<>()).computeIfAbsent(sym, s -> new Variable(s, decl.name().written()));
    }

    public boolean hasRun(int phase) { return started.contains(phase); }

    /** Runs this module's phase (and, first, what it depends on) unless already done. */
    public void run(int phase) {
        if (phase == Phase.LABEL || !started.add(phase)) return;
        for (Require r : decl.requires()) {
            if (r.level() == Phase.LABEL || PrimitiveModules.isPrimitive(r.module())) continue;
            registry.instance(r.module(), shift + r.level()).run(phase - r.level());
        }
        PhaseBody body = decl.bodies().get(phase);
        if (body != null) body.compiled().run(link(body, phase));
    }

    /** The transformer value of syntax sym defined at phase (running phase + 1 if needed). */
    public Object transformer(int phase, Symbol sym) {
        run(phase + 1);
        return variable(phase + 1, ModuleDeclaration.syntaxKey(sym)).value;
    }

    private Variable[] link(PhaseBody body, int phase) {
        SlotSource[] slots = body.linklet.slots();
        Variable[] table = new Variable[slots.length];
        for (int i = 0; i < slots.length; i++) {
            SlotSource s = slots[i];
            if (s instanceof SlotSource.Defined d) {
                table[i] = variable(phase, d.name());
            } else if (s instanceof SlotSource.Imported im) {
                ModuleName m = (ModuleName) im.module();
                int targetShift = shift + phase - im.phase();
                table[i] = registry.instance(m, targetShift).variable(im.phase(), im.name());
            } else {
                throw new IllegalStateException("top-level slot in a module body: " + s);
            }
        }
        for (int i = 0; i < body.literalSlots.length; i++) {
            Variable v = table[body.literalSlots[i]];
            v.value = body.literals[i].shiftPhase(shift);
        }
        return table;
    }

    @Override public String toString() { return "#<instance " + decl.name() + " shift " + shift + ">"; }
}
