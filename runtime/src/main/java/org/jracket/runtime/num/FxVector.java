package org.jracket.runtime.num;

import java.util.Arrays;

/** A Racket fxvector: a mutable, fixed-length array of fixnums. */
public final class FxVector {
    public final long[] elems;

    public FxVector(long[] elems) { this.elems = elems; }

    /** equal? compares contents (eqv? is identity). */
    public boolean contentEquals(FxVector o) { return Arrays.equals(elems, o.elems); }

    /** write/display form, e.g. {@code #fx(1 2)}. */
    public String toWriteString() { return render("#fx("); }

    /** print form (as in error messages), e.g. {@code (fxvector 1 2)}. */
    public String toPrintString() { return render(elems.length == 0 ? "(fxvector" : "(fxvector "); }

    private String render(String open) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < elems.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(elems[i]);
        }
        return sb.append(')').toString();
    }

    @Override public String toString() { return toWriteString(); }
}
