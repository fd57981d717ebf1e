package org.jracket.runtime.num;

import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;

/** Index checks and messages shared by the flvector and fxvector primitives. */
final class VectorChecks {
    private VectorChecks() {}

    /** Checks k as an index into a vector of length len, printed as shown. */
    /** The vector's printed form, computed only when an error message needs it. */
    interface Shown { String get(); }

    static int index(String who, String kind, Object k, int len, Shown lazy) {
        if (k instanceof Long l && l >= 0 && l < len) return (int) (long) l;
        String shown = lazy.get();
        if (!(k instanceof Long) && !(k instanceof java.math.BigInteger) || Ints.signum(k) < 0) {
            throw Errors.raise(ExnTypes.CONTRACT, who + ": contract violation\n  expected: exact-nonnegative-integer?\n  given: "
                + org.jracket.runtime.print.Printer.toPrintString(k) + "\n  argument position: 2nd\n  first argument...:\n   " + shown);
        }
        if (k instanceof Long l && l < len) return (int) (long) l;
        if (len == 0) {
            throw Errors.raise(ExnTypes.CONTRACT, who + ": index is out of range for empty " + kind + "\n  index: " + k);
        }
        throw Errors.raise(ExnTypes.CONTRACT, who + ": index is out of range\n  index: " + k
            + "\n  valid range: [0, " + (len - 1) + "]\n  " + kind + ": " + shown);
    }

    /** A length for make-flvector / make-fxvector. */
    static int length(String who, String kind, Object n) {
        if (!(n instanceof Long l) || l < 0 || l > Integer.MAX_VALUE - 8) {
            throw Errors.contract(who, "valid-" + kind + "-length?", n);
        }
        return (int) (long) l;
    }
}
