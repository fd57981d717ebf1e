package org.jracket.runtime.num;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.print.Printer;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Numbers as machine bytes: integer->integer-bytes, integer-bytes->integer,
 * real->floating-point-bytes, floating-point-bytes->real and system-big-endian?, with
 * Racket's defaults (the host's byte order) and error messages.
 */
public final class ByteEncodingPrims {
    private ByteEncodingPrims() {}

    private static final boolean BIG = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of0("system-big-endian?", () -> BIG));
        t.add(Primitive.ofN("integer->integer-bytes", 3, 6, ByteEncodingPrims::integerToBytes));
        t.add(Primitive.ofN("integer-bytes->integer", 2, 5, ByteEncodingPrims::bytesToInteger));
        t.add(Primitive.ofN("real->floating-point-bytes", 2, 5, ByteEncodingPrims::realToBytes));
        t.add(Primitive.ofN("floating-point-bytes->real", 1, 4, ByteEncodingPrims::bytesToReal));
    }

    private static boolean bigEndian(Object[] a, int i) { return a.length > i ? a[i] != Boolean.FALSE : BIG; }

    /** (integer->integer-bytes n size signed? [big-endian? dest start]) */
    private static Object integerToBytes(Object[] a) {
        String who = "integer->integer-bytes";
        if (!Ints.isExactInteger(a[0])) throw Errors.contract(who, "exact-integer?", a[0]);
        int size = a[1] instanceof Long n && (n == 1 || n == 2 || n == 4 || n == 8) ? (int) (long) n : -1;
        if (size < 0) throw Errors.contract(who, "(or/c 1 2 4 8)", a[1]);
        boolean signed = a[2] != Boolean.FALSE;
        BigInteger n = Ints.big(a[0]);
        int bits = size * 8;
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            throw Errors.raise(ExnTypes.CONTRACT, who + ": number is out of bounds for size in bytes\n  given number: "
                + Printer.toWriteString(a[0]) + "\n  size in bytes for " + (signed ? "signed" : "unsigned") + ": " + size);
        }
        Span dest = destination(who, a, 4, size);
        long v = n.longValue();
        boolean big = bigEndian(a, 3);
        for (int i = 0; i < size; i++) dest.bytes.bytes[dest.start + (big ? size - 1 - i : i)] = (byte) (v >>> (8 * i));
        return dest.bytes;
    }

    /** size bytes of a byte string from start: what is read or written. */
    private record Span(Bytes bytes, int start, int size) {}

    /** The destination (a fresh byte string unless a[i] gives one, with its start at a[i+1]; its room is checked). */
    private static Span destination(String who, Object[] a, int i, int size) {
        if (a.length <= i) return new Span(new Bytes(new byte[size], false), 0, size);
        if (!(a[i] instanceof Bytes b) || b.immutable) throw Errors.contract(who, "(and/c bytes? (not/c immutable?))", a[i]);
        int start = 0;
        if (a.length > i + 1) {
            if (!(a[i + 1] instanceof Long s) || s < 0) throw Errors.contract(who, "exact-nonnegative-integer?", a[i + 1]);
            start = (int) (long) s;
        }
        if (start + size > b.bytes.length) {
            throw Errors.raise(ExnTypes.CONTRACT, who + ": destination byte string is too small\n  destination byte string length: "
                + b.bytes.length + "\n  starting position: " + start + "\n  size: " + size);
        }
        return new Span(b, start, size);
    }

    /** (integer-bytes->integer bstr signed? [big-endian? start end]) */
    private static Object bytesToInteger(Object[] a) {
        String who = "integer-bytes->integer";
        Span src = source(who, a, 3, "1, 2, 4, or 8", 1, 2, 4, 8);
        int size = src.size;
        boolean signed = a[1] != Boolean.FALSE, big = bigEndian(a, 2);
        long v = 0;
        for (int i = 0; i < size; i++) v = (v << 8) | (src.bytes.bytes[src.start + (big ? i : size - 1 - i)] & 0xFF);
        int shift = 64 - 8 * size;
        if (signed) return (v << shift) >> shift;
        if (size < 8 || v >= 0) return v;
        return Ints.norm(new BigInteger(Long.toUnsignedString(v)));
    }

    /**
     * The bytes a[0] from a[startIdx] to a[startIdx+1] (default: all), whose length must be
     * one of sizes. Racket checks the length first and the range only then (its messages).
     */
    private static Span source(String who, Object[] a, int startIdx, String sizesText, int... sizes) {
        if (!(a[0] instanceof Bytes b)) throw Errors.contract(who, "bytes?", a[0]);
        int start = position(who, a, startIdx, 0), end = position(who, a, startIdx + 1, b.bytes.length);
        int size = end - start;
        if (java.util.Arrays.stream(sizes).noneMatch(k -> k == size)) {
            throw Errors.raise(ExnTypes.CONTRACT, who + ": length is not " + sizesText + " bytes\n  length: " + size);
        }
        String bad = start > b.bytes.length ? "starting" : end > b.bytes.length ? "ending" : null;
        if (bad != null) {
            throw Errors.raise(ExnTypes.CONTRACT, who + ": " + bad + " index is out of range\n  " + bad + " index: "
                + (bad.equals("starting") ? start : end) + "\n  valid range: [0, " + b.bytes.length + "]\n  index: " + Printer.toWriteString(b));
        }
        return new Span(b, start, size);
    }

    /** Argument i (a position), or dflt when it is not given. */
    private static int position(String who, Object[] a, int i, int dflt) {
        if (a.length <= i) return dflt;
        if (a[i] instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) return (int) (long) n;
        throw Errors.contract(who, "exact-nonnegative-integer?", a[i]);
    }

    /** (real->floating-point-bytes x size [big-endian? dest start]) */
    private static Object realToBytes(Object[] a) {
        String who = "real->floating-point-bytes";
        if (!Arith.isReal(a[0])) throw Errors.contract(who, "real?", a[0]);
        int size = a[1] instanceof Long n && (n == 4 || n == 8) ? (int) (long) n : -1;
        if (size < 0) throw Errors.contract(who, "(or/c 4 8)", a[1]);
        Span dest = destination(who, a, 3, size);
        ByteBuffer buf = ByteBuffer.wrap(dest.bytes.bytes, dest.start, size).order(bigEndian(a, 2) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        double d = Arith.toDouble(a[0]);
        if (size == 4) buf.putFloat((float) d);
        else buf.putDouble(d);
        return dest.bytes;
    }

    /** (floating-point-bytes->real bstr [big-endian? start end]) */
    private static Object bytesToReal(Object[] a) {
        String who = "floating-point-bytes->real";
        Span src = source(who, a, 2, "4 or 8", 4, 8);
        ByteBuffer buf = ByteBuffer.wrap(src.bytes.bytes, src.start, src.size).order(bigEndian(a, 1) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        return src.size == 4 ? (double) buf.getFloat() : buf.getDouble();
    }
}
