package org.jracket.runtime.data;

/**
 * The result of {@code (values v ...)} with a count other than one. A single value is
 * always returned as itself, so ordinary code never sees this class.
 */
public final class MultipleValues {
    public static final MultipleValues NONE = new MultipleValues(new Object[0]);
    public final Object[] values;

    public MultipleValues(Object[] values) { this.values = values; }

    /** The value for a call of {@code values} with these arguments. */
    public static Object of(Object[] vals) {
        return vals.length == 1 ? vals[0] : vals.length == 0 ? NONE : new MultipleValues(vals);
    }

    /** The values of a result as an array (a single value becomes a one-element array). */
    public static Object[] toArray(Object result) {
        return result instanceof MultipleValues mv ? mv.values : new Object[] {result};
    }
}
