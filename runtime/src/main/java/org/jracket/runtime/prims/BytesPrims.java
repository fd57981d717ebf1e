package org.jracket.runtime.prims;

import java.util.Arrays;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;

/** Byte strings. */
public final class BytesPrims {
    private BytesPrims() {}

    private static final String MUTABLE = "(and/c bytes? (not/c immutable?))";

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of1("bytes?", v -> Args.bool(v instanceof Bytes)));
        t.add(Primitive.of1("byte?", v -> Args.bool(Args.isByte(v))));
        t.add(Primitive.ofN("make-bytes", 1, 2, a -> {
            if (!(a[0] instanceof Long n && n >= 0 && n < Integer.MAX_VALUE - 8)) {
                throw Errors.contract("make-bytes", "exact-nonnegative-integer?", a[0]);
            }
            byte[] b = new byte[(int) (long) n];
            if (a.length > 1) Arrays.fill(b, byteArg("make-bytes", a[1]));
            return new Bytes(b, false);
        }));
        t.add(Primitive.ofN("bytes", 0, -1, a -> {
            byte[] b = new byte[a.length];
            for (int i = 0; i < a.length; i++) b[i] = byteArg("bytes", a[i]);
            return new Bytes(b, false);
        }));
        t.add(Primitive.of1("bytes-length", v -> (long) Args.bytes("bytes-length", v).bytes.length));
        t.add(Primitive.of2("bytes-ref", (b, i) -> {
            if (!(b instanceof Bytes x)) throw Errors.contract("bytes-ref", "bytes?", b);
            return (long) (x.bytes[Args.index("bytes-ref", "byte string", x, i, x.bytes.length)] & 0xFF);
        }));
        t.add(Primitive.of3("bytes-set!", (b, i, v) -> {
            Bytes x = mutable("bytes-set!", b);
            int k = Args.index("bytes-set!", "byte string", x, i, x.bytes.length);
            if (!Args.isByte(v)) throw Errors.contractFail("bytes-set!: invalid value " + org.jracket.runtime.print.Printer.toPrintString(v));
            x.bytes[k] = (byte) (long) (Long) v;
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("subbytes", 2, 3, a -> {
            Bytes b = Args.bytes("subbytes", a[0]);
            int[] r = Args.range("subbytes", "byte string", b, b.bytes.length, a, 1);
            return new Bytes(Arrays.copyOfRange(b.bytes, r[0], r[1]), false);
        }));
        t.add(Primitive.ofN("bytes-append", 0, -1, a -> {
            int n = 0;
            for (Object x : a) n += Args.bytes("bytes-append", x).bytes.length;
            byte[] out = new byte[n];
            int k = 0;
            for (Object x : a) { byte[] s = ((Bytes) x).bytes; System.arraycopy(s, 0, out, k, s.length); k += s.length; }
            return new Bytes(out, false);
        }));
        t.add(Primitive.of1("bytes-copy", v -> new Bytes(Args.bytes("bytes-copy", v).bytes.clone(), false)));
        t.add(Primitive.ofN("bytes-copy!", 3, 5, BytesPrims::copyInto));
        t.add(Primitive.of2("bytes-fill!", (b, v) -> {
            Bytes x = mutable("bytes-fill!", b);
            Arrays.fill(x.bytes, byteArg("bytes-fill!", v));
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("bytes->list", v -> {
            // Racket CS reports the underlying Chez primitive's name here.
            if (!(v instanceof Bytes b)) throw Errors.contract("bytevector->u8-list", "bytes?", v);
            Object r = Null.NULL;
            for (int i = b.bytes.length - 1; i >= 0; i--) r = new Pair((long) (b.bytes[i] & 0xFF), r);
            return r;
        }));
        t.add(Primitive.of1("list->bytes", v -> {
            if (!Pair.isList(v)) throw Errors.contract("list->bytes", "(listof byte?)", v);
            Object[] items = Pair.toArray(v);
            byte[] b = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!Args.isByte(items[i])) throw Errors.contract("list->bytes", "(listof byte?)", v);
                b[i] = (byte) (long) (Long) items[i];
            }
            return new Bytes(b, false);
        }));
        t.add(Primitive.of1("bytes->immutable-bytes", v -> {
            Bytes b = Args.bytes("bytes->immutable-bytes", v);
            return b.immutable ? b : new Bytes(b.bytes.clone(), true);
        }));
        compare(t, "bytes=?", 0);
        compare(t, "bytes<?", 1);
        compare(t, "bytes>?", 2);
    }

    private static Bytes mutable(String who, Object v) {
        if (v instanceof Bytes b && !b.immutable) return b;
        throw Errors.contract(who, MUTABLE, v);
    }

    private static byte byteArg(String who, Object v) {
        if (!Args.isByte(v)) throw Errors.contract(who, "byte?", v);
        return (byte) (long) (Long) v;
    }

    /** (bytes-copy! dest dest-start src [src-start src-end]) */
    private static Object copyInto(Object[] a) {
        Bytes dst = mutable("bytes-copy!", a[0]);
        long at = Args.natural("bytes-copy!", a[1]);
        Bytes src = Args.bytes("bytes-copy!", a[2]);
        if (at > dst.bytes.length) throw Errors.range("bytes-copy!", "byte string", "", a[1], dst, 0, dst.bytes.length);
        int[] r = Args.range("bytes-copy!", "byte string", src, src.bytes.length, a, 3);
        int len = r[1] - r[0];
        if (at + len > dst.bytes.length) {
            throw Errors.contractFail("bytes-copy!: not enough room in target byte string\n  target length: "
                    + dst.bytes.length + "\n  needed length: " + (at + len));
        }
        System.arraycopy(src.bytes, r[0], dst.bytes, (int) at, len);
        return VoidValue.VOID;
    }

    private static void compare(PrimitiveTable t, String name, int op) {
        t.add(Primitive.ofN(name, 1, -1, a -> {
            for (Object x : a) Args.bytes(name, x);
            for (int i = 0; i + 1 < a.length; i++) {
                int c = Integer.signum(Arrays.compareUnsigned(((Bytes) a[i]).bytes, ((Bytes) a[i + 1]).bytes));
                if (!CharPrims.holds(op, c)) return Boolean.FALSE;
            }
            return Boolean.TRUE;
        }));
    }
}
