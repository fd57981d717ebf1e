package org.jracket.runtime.prims;

import java.math.BigInteger;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.Keyword;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;

/**
 * Argument checks shared by the primitive families: each returns the argument cast to its
 * Java type or raises Racket's contract error naming the primitive.
 */
public final class Args {
    private Args() {}

    public static boolean isExactInteger(Object v) { return v instanceof Long || v instanceof BigInteger; }

    public static boolean isExactNonNegInteger(Object v) {
        return (v instanceof Long l && l >= 0) || (v instanceof BigInteger b && b.signum() >= 0);
    }

    public static boolean isByte(Object v) { return v instanceof Long l && l >= 0 && l <= 255; }

    public static boolean truthy(Object v) { return v != Boolean.FALSE; }

    public static Object bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    public static MString string(String who, Object v) {
        if (v instanceof MString s) return s;
        throw Errors.contract(who, "string?", v);
    }

    public static Bytes bytes(String who, Object v) {
        if (v instanceof Bytes b) return b;
        throw Errors.contract(who, "bytes?", v);
    }

    public static Char ch(String who, Object v) {
        if (v instanceof Char c) return c;
        throw Errors.contract(who, "char?", v);
    }

    public static MVector vector(String who, Object v) {
        if (v instanceof MVector x) return x;
        throw Errors.contract(who, "vector?", v);
    }

    public static Symbol symbol(String who, Object v) {
        if (v instanceof Symbol s) return s;
        throw Errors.contract(who, "symbol?", v);
    }

    public static Keyword keyword(String who, Object v) {
        if (v instanceof Keyword k) return k;
        throw Errors.contract(who, "keyword?", v);
    }

    public static Procedure procedure(String who, Object v) {
        if (v instanceof Procedure p) return p;
        throw Errors.contract(who, "procedure?", v);
    }

    /** A proper list's elements, or the "expected: list?" error. */
    public static Object[] list(String who, Object v) {
        if (!Pair.isList(v)) throw Errors.contract(who, "list?", v);
        return Pair.toArray(v);
    }

    /** An exact nonnegative integer argument as a long (bignums become Long.MAX_VALUE). */
    public static long natural(String who, Object v) {
        if (v instanceof Long l && l >= 0) return l;
        if (v instanceof BigInteger b && b.signum() >= 0) return Long.MAX_VALUE;
        throw Errors.contract(who, "exact-nonnegative-integer?", v);
    }

    /** Index argument of a two-argument accessor (vector-ref etc.) checked against length. */
    public static int index(String who, String kind, Object container, Object idx, int length) {
        if (idx instanceof Long l && l >= 0) {
            if (l < length) return (int) (long) l;
        } else if (!(idx instanceof BigInteger b && b.signum() >= 0)) {
            throw Errors.contractArgFirst(who, "exact-nonnegative-integer?", idx, 2, container);
        }
        throw Errors.indexOutOfRange(who, kind, idx, container, length);
    }

    /**
     * Start/end of a substring-like range: {@code args[startPos]} (default 0) and
     * {@code args[startPos+1]} (default length), checked with Racket's messages.
     */
    public static int[] range(String who, String kind, Object container, int length, Object[] args, int startPos) {
        long start = 0, end = length;
        if (args.length > startPos) start = natural(who, args[startPos]);
        if (args.length > startPos + 1) end = natural(who, args[startPos + 1]);
        if (start > length) throw Errors.range(who, kind, "starting ", args[startPos], container, 0, length);
        if (args.length > startPos + 1) {
            if (end > length) throw Errors.range(who, kind, "ending ", args[startPos + 1], container, 0, length);
            if (end < start) throw Errors.endBeforeStart(who, kind, start, end, container, length);
        }
        return new int[] {(int) start, (int) end};
    }

    public static Object list(Object... items) { return Pair.list(items); }

    public static Object nil() { return Null.NULL; }
}
