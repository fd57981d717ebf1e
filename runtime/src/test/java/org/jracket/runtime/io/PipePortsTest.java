package org.jracket.runtime.io;

import static org.junit.jupiter.api.Assertions.*;

import org.jracket.kernel.Kernel;
import org.jracket.kernel.KernelConfig;
import org.jracket.runtime.data.*;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.print.Printer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** make-pipe ports over a real kernel's pipes, file-position, and the buffer primitives. */
class PipePortsTest {
    PrimitiveTable t;

    @BeforeEach
    void setUp() {
        KernelAccess.install(Kernel.boot(KernelConfig.defaults()).init());
        t = new PrimitiveTable("test");
        IoPrims.register(t);
        FilePrims.register(t);
        PathPrims.register(t);
    }

    Object call(String name, Object... args) { return ((Procedure) t.get(name)).apply(args); }

    Object[] pipe(Object... args) { return ((MultipleValues) call("make-pipe", args)).values; }

    static MString str(String s) { return MString.immutable(s); }

    static Bytes bytes(String s) { return new Bytes(s.getBytes(), false); }

    String w(Object v) { return Printer.toWriteString(v); }

    @Test
    void limitedPipeTakesWhatFitsWithoutWaiting() {
        Object[] p = pipe(4L);
        assertEquals(4L, call("write-bytes-avail*", bytes("abcdef"), p[1]));
        assertEquals(4L, call("pipe-content-length", p[0]));
        assertEquals(0L, call("write-bytes-avail*", bytes("x"), p[1]));
        assertEquals("#\"ab\"", w(call("read-bytes", 2L, p[0])));
        assertEquals(2L, call("pipe-content-length", p[1]));
        assertEquals(2L, call("file-position", p[0]));
        assertEquals(4L, call("file-position", p[1]));
    }

    @Test
    void unlimitedPipeHoldsMoreThanTheKernelDefault() {
        Object[] p = pipe();
        byte[] big = new byte[200_000];
        java.util.Arrays.fill(big, (byte) 'z');
        call("write-bytes", new Bytes(big, false), p[1]);
        assertEquals(200_000L, call("pipe-content-length", p[0]));
        call("close-output-port", p[1]);
        Bytes back = (Bytes) call("read-bytes", 300_000L, p[0]);
        assertArrayEquals(big, back.bytes);
        assertSame(Eof.EOF, call("read-char", p[0]));
    }

    @Test
    void availReadsDoNotWaitAndSeeEof() {
        Object[] p = pipe();
        Bytes buf = new Bytes(new byte[4], false);
        assertEquals(0L, call("read-bytes-avail!*", buf, p[0]));
        assertEquals(Boolean.FALSE, call("char-ready?", p[0]));
        call("write-string", str("hi"), p[1]);
        assertEquals(Boolean.TRUE, call("char-ready?", p[0]));
        assertEquals(2L, call("peek-bytes-avail!*", buf, 0L, Boolean.FALSE, p[0]));
        assertEquals(2L, call("read-bytes-avail!", buf, p[0]));
        assertEquals("hi", new String(buf.bytes, 0, 2));
        call("close-output-port", p[1]);
        assertSame(Eof.EOF, call("read-bytes-avail!*", buf, p[0]));
    }

    @Test
    void writesToAPipeWithoutReaderAreDropped() {
        Object[] p = pipe(Boolean.FALSE, Symbol.of("r"), Symbol.of("w"));
        call("close-input-port", p[0]);
        call("write-string", str("nobody reads this"), p[1]);
        assertEquals(0L, call("pipe-content-length", p[1]));
        assertEquals("#<output-port:w>", w(p[1]));
    }

    @Test
    void closedPortErrorsNameTheOperation() {
        Object[] p = pipe();
        call("close-output-port", p[1]);
        var e = assertThrows(RuntimeException.class, () -> call("newline", p[1]));
        assertTrue(e.toString().contains("newline: output port is closed\n  output port: #<output-port:pipe>"), e.toString());
    }

    @Test
    void stringPortPositions() {
        Object in = call("open-input-string", str("abcdef"));
        call("file-position", in, 3L);
        assertEquals("#\\d", w(call("read-char", in)));
        assertEquals(4L, call("file-position", in));
        Object out = call("open-output-string");
        call("write-string", str("abcdef"), out);
        call("file-position", out, 2L);
        call("write-string", str("X"), out);
        assertEquals("\"abXdef\"", w(call("get-output-string", out)));
        call("file-position", out, 8L);
        call("write-string", str("Y"), out);
        assertEquals("\"abXdef\\u0000\\u0000Y\"", w(call("get-output-string", out)));
    }

    @Test
    void pipesCannotSeek() {
        Object[] p = pipe();
        var e = assertThrows(RuntimeException.class, () -> call("file-position", p[0], 0L));
        assertTrue(e.toString().contains("setting position allowed for file-stream and string ports only"), e.toString());
    }

    @Test
    void lexicalPathOperations() {
        assertEquals("a/c/", PathOps.simplify("a/./b/../c/"));
        assertEquals("../", PathOps.simplify("../a/.."));
        assertEquals("/a", PathOps.simplify("/../a"));
        assertEquals("./", PathOps.simplify("x/y/../.."));
        assertEquals("a/b/c_txt.bak", PathOps.addExtension("a/b/c.txt", ".bak"));
        assertEquals("a/.b.x", PathOps.replaceExtension("a/.b", ".x"));
        assertEquals("a.x", PathOps.replaceExtension("a.b/", ".x"));
    }
}
