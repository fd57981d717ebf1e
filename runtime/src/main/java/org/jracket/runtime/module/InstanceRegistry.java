package org.jracket.runtime.module;

/** Where module instances live: one registry per namespace (per place). */
public interface InstanceRegistry {
    /** The instance of a declared module at a phase shift, created on first request. */
    ModuleInstance instance(ModuleName name, int shift);
}
