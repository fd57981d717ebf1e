package org.jracket.runtime.data;

import java.util.Map;

/**
 * A struct type descriptor. Field indices are absolute: a subtype's own fields come after
 * all of its ancestors' fields. Properties hold the values attached with
 * {@code make-struct-type}'s props list (keyed by {@link StructProperty}), including those
 * inherited from the parent.
 */
public final class StructType {
    public final Symbol name;
    public final StructType parent;
    /** Fields of this type alone (init + auto). */
    public final int ownFieldCount;
    public final int initFieldCount;
    public final int autoFieldCount;
    public final Object autoValue;
    /** Total fields including ancestors'. */
    public final int totalFieldCount;
    public final Map<StructProperty, Object> props;
    /** An inspector of #f makes the type transparent to printing and equal?. */
    public final Object inspector;
    /** Non-null for prefab types: the prefab key as Racket prints it. */
    public final Object prefabKey;
    /** Per own field: true if immutable. */
    public final boolean[] immutable;
    /** Guard procedure or #f. */
    public final Object guard;
    public final int depth;

    public StructType(Symbol name, StructType parent, int initFieldCount, int autoFieldCount,
                      Object autoValue, Map<StructProperty, Object> props, Object inspector,
                      Object prefabKey, boolean[] immutable, Object guard) {
        this.name = name;
        this.parent = parent;
        this.initFieldCount = initFieldCount;
        this.autoFieldCount = autoFieldCount;
        this.ownFieldCount = initFieldCount + autoFieldCount;
        this.autoValue = autoValue;
        this.totalFieldCount = (parent == null ? 0 : parent.totalFieldCount) + ownFieldCount;
        this.props = props;
        this.inspector = inspector;
        this.prefabKey = prefabKey;
        this.immutable = immutable;
        this.guard = guard;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** True if this type is t or a subtype of t. */
    public boolean isSubtypeOf(StructType t) {
        StructType s = this;
        while (s != null && s.depth >= t.depth) {
            if (s == t) return true;
            s = s.parent;
        }
        return false;
    }

    /** Index of this type's first own field. */
    public int fieldOffset() { return totalFieldCount - ownFieldCount; }

    public Object prop(StructProperty p) { return props.get(p); }

    public boolean isTransparent() { return inspector == Boolean.FALSE; }
}
