package org.jracket.runtime.io;

import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * Reading into and writing from caller-supplied buffers: read-bytes!, the avail variants that
 * return what is there (waiting for one byte, or with * not at all), their peeking forms, and
 * write-bytes-avail*. Results are counts, or eof when the port is at end of file.
 */
final class BufferPrims {
    private BufferPrims() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("read-bytes!", 1, 4, a -> readInto("read-bytes!", a, true)));
        t.add(Primitive.ofN("read-bytes-avail!", 1, 4, a -> avail("read-bytes-avail!", a, true)));
        t.add(Primitive.ofN("read-bytes-avail!*", 1, 4, a -> avail("read-bytes-avail!*", a, false)));
        t.add(Primitive.ofN("read-bytes-avail!/enable-break", 1, 4, a -> avail("read-bytes-avail!/enable-break", a, true)));
        t.add(Primitive.ofN("peek-bytes!", 2, 5, a -> peekInto("peek-bytes!", a)));
        t.add(Primitive.ofN("peek-bytes-avail!", 2, 6, a -> peekAvail("peek-bytes-avail!", a, true)));
        t.add(Primitive.ofN("peek-bytes-avail!*", 2, 6, a -> peekAvail("peek-bytes-avail!*", a, false)));
        t.add(Primitive.ofN("read-string!", 1, 4, BufferPrims::readStringInto));
        t.add(Primitive.ofN("write-bytes-avail*", 1, 4, a -> writeAvail("write-bytes-avail*", a)));
        t.add(Primitive.ofN("write-bytes-avail", 1, 4, a -> {
            Bytes b = mutableOrNot("write-bytes-avail", a, 0, false);
            OutputPort o = IoArgs.out("write-bytes-avail", a, 1);
            int[] r = range("write-bytes-avail", a, 2, b.length());
            o.writeBytes(b.bytes, r[0], r[1] - r[0]);
            return (long) (r[1] - r[0]);
        }));
    }

    private static Bytes mutableOrNot(String who, Object[] a, int i, boolean mutable) {
        if (a[i] instanceof Bytes b && (!mutable || !b.immutable)) return b;
        throw Errors.contractArg(who, mutable ? "(and/c bytes? (not/c immutable?))" : "bytes?", i, a);
    }

    /** [start, end) from optional arguments i and i+1, checked against length. */
    private static int[] range(String who, Object[] a, int i, int length) {
        int start = IoArgs.naturalOr(who, a, i, 0);
        int end = IoArgs.naturalOr(who, a, i + 1, length);
        String kind = a[0] instanceof MString ? "string" : "byte string";
        if (start > length) throw Errors.range(who, kind, "starting ", a[i], a[0], 0, length);
        if (end < start || end > length) throw Errors.range(who, kind, "ending ", a[i + 1], a[0], start, length);
        return new int[] {start, end};
    }

    private static Object count(int n) { return n == InputPort.EOF ? Eof.EOF : (Object) (long) n; }

    private static Object readInto(String who, Object[] a, boolean all) {
        Bytes b = mutableOrNot(who, a, 0, true);
        InputPort in = IoArgs.in(who, a, 1);
        int[] r = range(who, a, 2, b.length());
        if (r[1] == r[0]) return 0L;
        return count(in.readBytes(b.bytes, r[0], r[1] - r[0]));
    }

    private static Object avail(String who, Object[] a, boolean wait) {
        Bytes b = mutableOrNot(who, a, 0, true);
        InputPort in = IoArgs.in(who, a, 1);
        int[] r = range(who, a, 2, b.length());
        return count(in.readAvailable(b.bytes, r[0], r[1] - r[0], 0, wait, false));
    }

    private static Object peekInto(String who, Object[] a) {
        Bytes b = mutableOrNot(who, a, 0, true);
        int skip = IoArgs.natural(who, a, 1);
        InputPort in = IoArgs.in(who, a, 2);
        int[] r = range(who, a, 3, b.length());
        if (r[1] == r[0]) return 0L;
        return count(in.peekBytes(b.bytes, r[0], r[1] - r[0], skip));
    }

    /** (peek-bytes-avail! bstr skip [progress-evt in start end]); progress events are not supported. */
    private static Object peekAvail(String who, Object[] a, boolean wait) {
        Bytes b = mutableOrNot(who, a, 0, true);
        int skip = IoArgs.natural(who, a, 1);
        InputPort in = IoArgs.in(who, a, 3);
        int[] r = range(who, a, 4, b.length());
        return count(in.readAvailable(b.bytes, r[0], r[1] - r[0], skip, wait, true));
    }

    private static Object readStringInto(Object[] a) {
        if (!(a[0] instanceof MString s) || s.immutable) {
            throw Errors.contractArg("read-string!", "(and/c string? (not/c immutable?))", 0, a);
        }
        InputPort in = IoArgs.in("read-string!", a, 1);
        int[] r = range("read-string!", a, 2, s.length());
        int n = 0;
        while (r[0] + n < r[1]) {
            int c = in.readChar();
            if (c == InputPort.EOF) break;
            s.chars[r[0] + n++] = c;
        }
        return n == 0 && r[1] > r[0] ? Eof.EOF : (Object) (long) n;
    }

    private static Object writeAvail(String who, Object[] a) {
        Bytes b = mutableOrNot(who, a, 0, false);
        OutputPort o = IoArgs.out(who, a, 1);
        int[] r = range(who, a, 2, b.length());
        return (long) o.writeBytesAvail(b.bytes, r[0], r[1] - r[0]);
    }
}
