package org.jracket.runtime.ir;

/**
 * A unit of compilation: the body of one phase of a module, or one top-level form.
 * Immutable; its compiled form is shared by every place and guest that instantiates it.
 *
 * @param name for error messages and procedure names (e.g. the module's name)
 * @param slots the variable table layout: slot i is {@code slots[i]}
 * @param body the forms, run in order; the value of the last is the linklet's result
 */
public record Linklet(String name, SlotSource[] slots, Expr[] body) {}
