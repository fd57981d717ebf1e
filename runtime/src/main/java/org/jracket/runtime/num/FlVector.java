package org.jracket.runtime.num;

import java.util.Arrays;

/** A Racket flvector: a mutable, fixed-length array of flonums. */
public final class FlVector {
    public final double[] elems;

    public FlVector(double[] elems) { this.elems = elems; }

    /** equal? compares contents (eqv? is identity). */
    public boolean contentEquals(FlVector o) { return Arrays.equals(elems, o.elems); }

    /** write/display form, e.g. {@code #fl(1.0 2.0)}. */
    public String toWriteString() { return render("#fl("); }

    /** print form (as in error messages), e.g. {@code (flvector 1.0 2.0)}. */
    public String toPrintString() { return render(elems.length == 0 ? "(flvector" : "(flvector "); }

    private String render(String open) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < elems.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(FlonumPrinter.toString(elems[i]));
        }
        return sb.append(')').toString();
    }

    @Override public String toString() { return toWriteString(); }
}
