package org.jracket.runtime.ir;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/**
 * Fully expanded core forms with every identifier resolved: the contract between the
 * expander (which produces it) and the compiler in {@code eval} (which turns it into
 * executable nodes). It corresponds to the body language of Racket's linklets.
 *
 * <p>Non-local variables are slots of the enclosing {@link Linklet}; primitives exported by
 * {@code #%kernel} and friends appear as {@link PrimRef} constants, since primitives are
 * immutable and shared.
 */
public sealed interface Expr {
    record Quote(Object datum) implements Expr {}
    record QuoteSyntax(Syntax stx) implements Expr {}
    record LocalRef(Local var) implements Expr {}
    /** Reference to a slot of the linklet's variable table (module-level or imported). */
    record GlobalRef(int slot) implements Expr {}
    record PrimRef(Primitive prim) implements Expr {}
    record SetLocal(Local var, Expr value) implements Expr {}
    record SetGlobal(int slot, Expr value) implements Expr {}
    /** Module- or top-level {@code define-values}: assigns the values to the slots. */
    record DefineValues(int[] slots, Expr value) implements Expr {}
    /** rest is null when the lambda takes a fixed number of arguments. */
    record Lambda(Local[] params, Local rest, Expr body, String name, SrcLoc loc) implements Expr {}
    record CaseLambda(Lambda[] clauses, String name) implements Expr {}
    record If(Expr test, Expr then, Expr otherwise) implements Expr {}
    /** At least one expression; the last is in tail position. */
    record Begin(Expr[] body) implements Expr {}
    record Begin0(Expr first, Expr[] rest) implements Expr {}
    record LetValues(Local[][] ids, Expr[] rhs, Expr body) implements Expr {}
    record LetrecValues(Local[][] ids, Expr[] rhs, Expr body) implements Expr {}
    record WithContinuationMark(Expr key, Expr value, Expr body) implements Expr {}
    record App(Expr fn, Expr[] args, SrcLoc loc) implements Expr {}
    /** {@code (#%variable-reference)}; slot is -1 for the anonymous form. */
    record VariableReference(int slot) implements Expr {}
}
