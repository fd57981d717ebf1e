package org.jracket.runtime.io;

import static org.junit.jupiter.api.Assertions.*;

import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.exn.RacketException;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.print.Printer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortsTest {
    FakeSystemCalls sys;
    PrimitiveTable t;

    @BeforeEach
    void setUp() {
        sys = new FakeSystemCalls();
        KernelAccess.install(sys);
        t = new PrimitiveTable("test");
        IoPrims.register(t);
        FilePrims.register(t);
        PathPrims.register(t);
    }

    Object call(String name, Object... args) { return ((Procedure) t.get(name)).apply(args); }

    static MString str(String s) { return MString.immutable(s); }

    String w(Object v) { return Printer.toWriteString(v); }

    @Test
    void stringPortsReadAndPeek() {
        Object in = call("open-input-string", str("hello world\nsecond line\r\nthird"));
        assertEquals("#\\h", w(call("read-char", in)));
        assertEquals("#\\e", w(call("peek-char", in)));
        call("read-char", in);
        assertEquals("\"llo\"", w(call("read-string", 3L, in)));
        assertEquals("\" world\"", w(call("read-line", in)));
        assertEquals("\"second line\"", w(call("read-line", in, Symbol.of("any"))));
        assertEquals("\"third\"", w(call("read-line", in)));
        assertSame(Eof.EOF, call("read-line", in));
        Object sp = call("open-input-string", str("abcdef"));
        assertEquals("#\\c", w(call("peek-char", sp, 2L)));
        assertEquals("\"bcd\"", w(call("peek-string", 3L, 1L, sp)));
        assertEquals("#\"ab\"", w(call("read-bytes", 2L, sp)));
    }

    String lines(String s, String mode) {
        Object p = call("open-input-string", str(s));
        StringBuilder sb = new StringBuilder();
        for (Object l = call("read-line", p, Symbol.of(mode)); l != Eof.EOF; l = call("read-line", p, Symbol.of(mode))) {
            sb.append(w(l)).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void readLineModes() {
        assertEquals("\"a\\r\" \"b\" \"c\"", lines("a\r\nb\nc", "linefeed"));
        assertEquals("\"a\" \"b\\nc\"", lines("a\r\nb\nc", "return-linefeed"));
        assertEquals("\"a\" \"b\" \"c\"", lines("a\r\nb\rc\n", "any"));
        assertEquals("\"a\" \"\" \"b\"", lines("a\r\nb", "any-one"));
    }

    @Test
    void outputStringPortsAndCounts() {
        Object out = call("open-output-string");
        call("write", Symbol.of("sym"), out);
        call("display", str(" "), out);
        call("write", str("str"), out);
        call("write-char", Char.of('!'), out);
        assertEquals(5L, call("write-string", str("hello world"), out, 6L));
        assertEquals("\"sym \\\"str\\\"!world\"", w(call("get-output-string", out)));
        assertEquals("#\"sym \\\"str\\\"!world\"", w(call("get-output-bytes", out, Boolean.TRUE)));
        assertEquals("\"\"", w(call("get-output-string", out)));
    }

    String loc(Object p) { return w(Pair.list(((MultipleValues) call("port-next-location", p)).values)); }

    @Test
    void lineCounting() {
        Object in = call("open-input-string", str("ab\ncd\n\nλx"));
        assertEquals("(#f #f 1)", loc(in));
        call("port-count-lines!", in);
        call("read-char", in);
        assertEquals("(1 1 2)", loc(in));
        call("read-line", in);
        assertEquals("(2 0 4)", loc(in));
        call("read-line", in);
        call("read-line", in);
        assertEquals("(4 0 8)", loc(in));
        call("read-char", in);
        assertEquals("(4 1 9)", loc(in));
        Object out = call("open-output-string");
        call("port-count-lines!", out);
        call("write-string", str("one\ntwo"), out);
        assertEquals("(2 3 8)", loc(out));
    }

    @Test
    void filePortsThroughSystemCalls() {
        Object out = call("open-output-file*", str("/f.txt"), Symbol.of("error"));
        call("write", Pair.list(1L, str("two")), out);
        call("close-output-port", out);
        assertEquals(Boolean.TRUE, call("file-exists?", str("/f.txt")));
        assertEquals(9L, call("file-size", str("/f.txt")));
        Object in = call("open-input-file*", str("/f.txt"));
        assertEquals("(1 \"two\")", w(call("read", in)));
        assertEquals("#<input-port:/f.txt>", w(in));
        RacketException e = assertThrows(RacketException.class,
                () -> call("open-output-file*", str("/f.txt"), Symbol.of("error")));
        assertEquals("open-output-file: file exists\n  path: /f.txt", ((Struct) e.value).fields[0].toString());
    }

    @Test
    void missingFileErrors() {
        RacketException e = assertThrows(RacketException.class, () -> call("open-input-file*", str("/x/y")));
        Struct exn = (Struct) e.value;
        assertSame(ExnTypes.FILESYSTEM_ERRNO, exn.type);
        assertEquals("open-input-file: cannot open input file\n  path: /x/y\n  system error: No such file or directory; errno=2",
                exn.fields[0].toString());
        assertEquals("(2 . posix)", w(exn.fields[2]));
        e = assertThrows(RacketException.class, () -> call("delete-file", str("/nope")));
        assertEquals("delete-file: cannot delete file\n  path: /nope\n  system error: No such file or directory; errno=2",
                ((Struct) e.value).fields[0].toString());
    }

    @Test
    void stdoutIsBufferedUntilFlush() {
        Ports.installStandardPorts();
        call("printf", str("~a-~s~n"), 1L, str("q"));
        assertEquals(0, sys.stdout.size());
        Ports.flushAtExit();
        assertEquals("1-\"q\"\n", sys.stdout.toString());
    }

    @Test
    void paths() {
        assertEquals("#<path:a/b/c.txt>", w(call("build-path", str("a"), str("b"), str("c.txt"))));
        assertEquals("#<path:dir/../x>", w(call("build-path", str("dir"), Symbol.of("up"), str("x"))));
        assertEquals("(#<path:a/> #<path:b> #t)", w(Pair.list(((MultipleValues) call("split-path", str("a/b/"))).values)));
        assertEquals("(relative #<path:c.txt> #f)", w(Pair.list(((MultipleValues) call("split-path", str("c.txt"))).values)));
        assertEquals("(#<path:a/> up #t)", w(Pair.list(((MultipleValues) call("split-path", str("a/.."))).values)));
        RacketException e = assertThrows(RacketException.class, () -> call("string->path", str("")));
        assertEquals("string->path: path string is empty", ((Struct) e.value).fields[0].toString());
    }
}
