package org.jracket.runtime.data;

/** An instance of a {@link StructType}; fields are indexed absolutely (ancestors first). */
public final class Struct {
    public final StructType type;
    public final Object[] fields;

    public Struct(StructType type, Object[] fields) { this.type = type; this.fields = fields; }
}
