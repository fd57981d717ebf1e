package org.jracket.runtime.prims;

import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;

/**
 * The accessor and mutator procedures of a struct type, general ({@code point-ref},
 * index argument) or bound to one field ({@code point-x}). Kept as a class so that
 * {@code make-struct-field-accessor} can recover the type.
 */
public final class StructProc extends Primitive {
    public enum Kind { ACCESSOR, MUTATOR, FIELD_ACCESSOR, FIELD_MUTATOR }

    public final StructType type;
    public final Kind kind;
    /** Own-field index for FIELD_* kinds, else -1. */
    public final int field;

    StructProc(String name, StructType type, Kind kind, int field) {
        super(name, arity(kind), arity(kind));
        this.type = type; this.kind = kind; this.field = field;
    }

    private static int arity(Kind k) {
        return switch (k) { case FIELD_ACCESSOR -> 1; case ACCESSOR, FIELD_MUTATOR -> 2; case MUTATOR -> 3; };
    }

    private Struct check(Object v) {
        if (v instanceof Struct s && s.type.isSubtypeOf(type)) return s;
        throw Errors.contract(name, type.name.name + "?", v);
    }

    /** Own-field index argument; "index too large" as Racket words it. */
    int ownIndex(String who, Object idx) {
        if (!(idx instanceof Long l) || l < 0) {
            if (Args.isExactNonNegInteger(idx)) throw tooLarge(who, idx, type);
            throw Errors.contract(who, "exact-nonnegative-integer?", idx);
        }
        if (l >= type.ownFieldCount) throw tooLarge(who, idx, type);
        return (int) (long) l;
    }

    static RuntimeException tooLarge(String who, Object idx, StructType type) {
        return Errors.contractFail(who + ": index too large\n  index: " + org.jracket.runtime.print.Printer.toPrintString(idx)
                + "\n  maximum allowed index: " + (type.ownFieldCount - 1)
                + "\n  structure type: " + org.jracket.runtime.print.Printer.toPrintString(type));
    }

    @Override public Object apply1(Object s) {
        if (kind != Kind.FIELD_ACCESSOR) return apply(new Object[] {s});
        return check(s).fields[type.fieldOffset() + field];
    }

    @Override public Object apply2(Object s, Object x) {
        return switch (kind) {
            case ACCESSOR -> { Struct st = check(s); yield st.fields[type.fieldOffset() + ownIndex(name, x)]; }
            case FIELD_MUTATOR -> set(check(s), field, x);
            default -> apply(new Object[] {s, x});
        };
    }

    @Override public Object apply3(Object s, Object i, Object v) {
        if (kind != Kind.MUTATOR) return apply(new Object[] {s, i, v});
        Struct st = check(s);
        return set(st, ownIndex(name, i), v);
    }

    private Object set(Struct s, int own, Object v) {
        if (type.immutable[own]) {
            String gen = type.name.name + "-set!";
            throw Errors.contractFail(gen + ": cannot modify value of immutable field in structure\n  structure: "
                    + org.jracket.runtime.print.Printer.toPrintString(s) + "\n  field index: " + own);
        }
        s.fields[type.fieldOffset() + own] = v;
        return VoidValue.VOID;
    }

    @Override public Object apply(Object[] a) {
        if (a.length != minArity) throw arityError(a);
        return switch (a.length) {
            case 1 -> apply1(a[0]);
            case 2 -> apply2(a[0], a[1]);
            default -> apply3(a[0], a[1], a[2]);
        };
    }
}
