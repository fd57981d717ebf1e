package org.jracket.runtime.data;

/** A struct-type property ({@code make-struct-type-property}); identity is the object. */
public final class StructProperty {
    public final Symbol name;
    /** Guard procedure or null. */
    public final Object guard;
    /** Properties this one implies, as (property . value-transformer) pairs, or empty. */
    public final Object supers;

    public StructProperty(Symbol name, Object guard, Object supers) {
        this.name = name; this.guard = guard; this.supers = supers;
    }
}
