package org.jracket.runtime.io;

import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * make-input-port and make-output-port: ports whose bytes come from, or go to, Racket
 * procedures. The port's own buffer serves peeks, so the peek procedure is not called, and the
 * write procedure is called at once for each write (these ports do not buffer).
 */
final class CustomPorts {
    private CustomPorts() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("make-input-port", 4, 10, a -> {
            if (!(a[1] instanceof Procedure read)) throw Errors.contractArg("make-input-port", "procedure?", 1, a);
            Procedure close = proc("make-input-port", a, 3);
            return new In(a[0], read, close);
        }));
        t.add(Primitive.ofN("make-output-port", 4, 11, a -> {
            if (!(a[2] instanceof Procedure write)) throw Errors.contractArg("make-output-port", "procedure?", 2, a);
            Procedure close = proc("make-output-port", a, 3);
            return new Out(a[0], write, close);
        }));
    }

    private static Procedure proc(String who, Object[] a, int i) {
        if (a[i] instanceof Procedure p) return p;
        throw Errors.contractArg(who, "procedure?", i, a);
    }

    /** Racket's read-in protocol: a count, eof, or 0 (nothing yet, so ask again). */
    static final class In extends InputPort {
        private final Procedure read;
        private final Procedure close;

        In(Object name, Procedure read, Procedure close) {
            super(name, new byte[4096], 0);
            this.read = read;
            this.close = close;
        }

        @Override protected int fetch(byte[] b, int off, int len) {
            while (true) {
                int n = fetchNow(b, off, len);
                if (n >= 0) return n;
                Thread.onSpinWait();
            }
        }

        @Override protected int fetchNow(byte[] b, int off, int len) {
            Bytes into = new Bytes(new byte[Math.min(len, 4096)], false);
            Object r = read.apply1(into);
            if (r == Eof.EOF) return 0;
            if (r instanceof Long n && n > 0 && n <= into.length()) {
                System.arraycopy(into.bytes, 0, b, off, (int) (long) n);
                return (int) (long) n;
            }
            if (r instanceof Long n && n == 0) return -1;
            throw Errors.contractFail("make-input-port: result from read procedure is not supported\n  result: "
                    + org.jracket.runtime.print.Printer.toWriteString(r));
        }

        @Override protected void release() { close.apply0(); }
    }

    /** Calls (write-out bytes start end #f #f) until every byte is taken. */
    static final class Out extends OutputPort {
        private final Procedure write;
        private final Procedure close;

        Out(Object name, Procedure write, Procedure close) {
            super(name);
            this.write = write;
            this.close = close;
        }

        @Override protected void put(int b) { put(new byte[] {(byte) b}, 0, 1); }

        @Override protected void put(byte[] b, int off, int len) {
            Bytes data = new Bytes(java.util.Arrays.copyOfRange(b, off, off + len), false);
            int done = 0;
            while (done < len) {
                Object r = write.apply(new Object[] {data, (long) done, (long) len, Boolean.FALSE, Boolean.FALSE});
                if (r instanceof Long n && n > 0) done += (int) Math.min(n, len - done);
                else Thread.onSpinWait();
            }
        }

        @Override protected void release() { close.apply0(); }
    }
}
