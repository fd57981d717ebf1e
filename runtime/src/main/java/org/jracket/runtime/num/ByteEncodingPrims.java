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
        Bytes dest = destination(who, a, 4, size);
        int start = a.length > 5 ? (int) (long) (Long) a[5] : 0;  // checked by destination
        long v = n.longValue();
        boolean big = bigEndian(a, 3);
        for (int i = 0; i < size; i++) {
            byte b = (byte) (v >>> (8 * i));
            dest.bytes[start + (big ? size - 1 - i : i)] = b;
        }
        return dest;
    }

    /** The destination byte string (a fresh one unless given; its room is checked). */
    private static Bytes destination(String who, Object[] a, int i, int size) {
        if (a.length <= i) return new Bytes(new byte[size], false);
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
        return b;
    }

    /** (integer-bytes->integer bstr signed? [big-endian? start end]) */
    private static Object bytesToInteger(Object[] a) {
        String who = "integer-bytes->integer";
        Bytes b = bytes(who, a[0]);
        int start = position(who, a, 3, 0, b), end = position(who, a, 4, b.bytes.length, b);
        int size = end - start;
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw Errors.raise(ExnTypes.CONTRACT, who + ": length is not 1, 2, 4, or 8 bytes\n  length: " + size);
        }
        inRange(who, b, start, end);
        boolean signed = a[1] != Boolean.FALSE, big = bigEndian(a, 2);
        long v = 0;
        for (int i = 0; i < size; i++) v = (v << 8) | (b.bytes[start + (big ? i : size - 1 - i)] & 0xFF);
        int shift = 64 - 8 * size;
        if (signed) return (v << shift) >> shift;
        if (size < 8 || v >= 0) return v;
        return Ints.norm(new BigInteger(Long.toUnsignedString(v)));
    }

    private static Bytes bytes(String who, Object v) {
        if (v instanceof Bytes b) return b;
        throw Errors.contract(who, "bytes?", v);
    }

    /** Argument i (a start or end position within b), or dflt when it is not given. */
    private static int position(String who, Object[] a, int i, int dflt, Bytes b) {
        if (a.length <= i) return dflt;
        if (a[i] instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) return (int) (long) n;
        throw Errors.contract(who, "exact-nonnegative-integer?", a[i]);
    }

    /** Racket checks the range only once the length is a valid size; this is its message. */
    private static void inRange(String who, Bytes b, int start, int end) {
        String bad = start > b.bytes.length ? "starting" : end > b.bytes.length ? "ending" : null;
        if (bad == null) return;
        throw Errors.raise(ExnTypes.CONTRACT, who + ": " + bad + " index is out of range\n  " + bad + " index: "
            + (bad.equals("starting") ? start : end) + "\n  valid range: [0, " + b.bytes.length + "]\n  index: " + Printer.toWriteString(b));
    }

    /** (real->floating-point-bytes x size [big-endian? dest start]) */
    private static Object realToBytes(Object[] a) {
        String who = "real->floating-point-bytes";
        if (!Arith.isReal(a[0])) throw Errors.contract(who, "real?", a[0]);
        int size = a[1] instanceof Long n && (n == 4 || n == 8) ? (int) (long) n : -1;
        if (size < 0) throw Errors.contract(who, "(or/c 4 8)", a[1]);
        Bytes dest = destination(who, a, 3, size);
        int start = a.length > 4 ? (int) (long) (Long) a[4] : 0;
        ByteBuffer buf = ByteBuffer.wrap(dest.bytes, start, size).order(bigEndian(a, 2) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        double d = Arith.toDouble(a[0]);
        if (size == 4) buf.putFloat((float) d);
        else buf.putDouble(d);
        return dest;
    }

    /** (floating-point-bytes->real bstr [big-endian? start end]) */
    private static Object bytesToReal(Object[] a) {
        String who = "floating-point-bytes->real";
        Bytes b = bytes(who, a[0]);
        int start = position(who, a, 2, 0, b), end = position(who, a, 3, b.bytes.length, b);
        int size = end - start;
        if (size != 4 && size != 8) {
            throw Errors.raise(ExnTypes.CONTRACT, who + ": length is not 4 or 8 bytes\n  length: " + size);
        }
        inRange(who, b, start, end);
        ByteBuffer buf = ByteBuffer.wrap(b.bytes, start, size).order(bigEndian(a, 1) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        return size == 4 ? (double) buf.getFloat() : buf.getDouble();
    }
}
