package org.jracket.runtime.io;

import java.nio.charset.StandardCharsets;
import org.jracket.runtime.data.*;
import org.jracket.runtime.print.PrintMode;
import org.jracket.runtime.print.PrintParams;
import org.jracket.runtime.print.Printer;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.read.Reader;

/** Reading and writing primitives on ports, and the port parameters. */
public final class IoPrims {
    private IoPrims() {}

    public static void register(PrimitiveTable t) {
        t.put("current-output-port", Ports.CURRENT_OUTPUT_PORT);
        t.put("current-input-port", Ports.CURRENT_INPUT_PORT);
        t.put("current-error-port", Ports.CURRENT_ERROR_PORT);
        t.put("print-as-expression", PrintParams.PRINT_AS_EXPRESSION);
        t.put("error-print-width", PrintParams.ERROR_PRINT_WIDTH);
        t.put("error-print-context-length", PrintParams.ERROR_PRINT_CONTEXT_LENGTH);
        t.put("print-pair-curly-braces", PrintParams.PRINT_PAIR_CURLY_BRACES);
        t.put("print-mpair-curly-braces", PrintParams.PRINT_MPAIR_CURLY_BRACES);
        t.put("print-boolean-long-form", PrintParams.PRINT_BOOLEAN_LONG_FORM);
        t.put("print-box", PrintParams.PRINT_BOX);
        t.put("print-hash-table", PrintParams.PRINT_HASH_TABLE);
        t.put("print-struct", PrintParams.PRINT_STRUCT);
        t.put("print-reader-abbreviations", PrintParams.PRINT_READER_ABBREVIATIONS);
        t.put("eof", Eof.EOF);
        t.add(Primitive.of0("eof-object", () -> Eof.EOF));
        t.add(Primitive.of1("eof-object?", v -> v == Eof.EOF));
        registerReading(t);
        registerWriting(t);
        PortPrims.register(t);
    }

    private static void registerReading(PrimitiveTable t) {
        t.add(Primitive.ofN("read", 0, 1, a -> Reader.read(IoArgs.in("read", a, 0))));
        t.add(Primitive.ofN("read-syntax", 0, 2, a -> Reader.readSyntax(
                a.length > 0 ? a[0] : IoArgs.in("read-syntax", a, 1).name, IoArgs.in("read-syntax", a, 1))));
        t.add(Primitive.ofN("read-char", 0, 1, a -> charOrEof(IoArgs.in("read-char", a, 0).readChar())));
        t.add(Primitive.ofN("read-byte", 0, 1, a -> byteOrEof(IoArgs.in("read-byte", a, 0).readByte())));
        t.add(Primitive.ofN("peek-char", 0, 2, a -> charOrEof(
                IoArgs.in("peek-char", a, 0).peekChar(a.length > 1 ? IoArgs.natural("peek-char", a, 1) : 0))));
        t.add(Primitive.ofN("peek-byte", 0, 2, a -> byteOrEof(
                IoArgs.in("peek-byte", a, 0).peekByte(a.length > 1 ? IoArgs.natural("peek-byte", a, 1) : 0))));
        t.add(Primitive.ofN("read-line", 0, 2, a -> line("read-line", a, false)));
        t.add(Primitive.ofN("read-bytes-line", 0, 2, a -> line("read-bytes-line", a, true)));
        t.add(Primitive.ofN("read-string", 1, 2, a -> readString("read-string", a, false)));
        t.add(Primitive.ofN("peek-string", 2, 3, a -> readString("peek-string", a, true)));
        t.add(Primitive.ofN("read-bytes", 1, 2, a -> readBytes("read-bytes", a, false)));
        t.add(Primitive.ofN("peek-bytes", 2, 3, a -> readBytes("peek-bytes", a, true)));
        t.add(Primitive.ofN("char-ready?", 0, 1, a -> ready(IoArgs.in("char-ready?", a, 0))));
        t.add(Primitive.ofN("byte-ready?", 0, 1, a -> ready(IoArgs.in("byte-ready?", a, 0))));
    }

    private static Object charOrEof(int c) { return c < 0 ? Eof.EOF : Char.of(c); }
    private static Object byteOrEof(int b) { return b < 0 ? Eof.EOF : (Object) (long) b; }

    /** Data or end of file is there now (pipes ask the kernel without waiting). */
    private static Object ready(InputPort in) { return in.ready(); }

    private static Object line(String who, Object[] a, boolean bytes) {
        InputPort in = IoArgs.in(who, a, 0);
        LineReader.Mode mode = a.length > 1 ? LineReader.mode(who, a[1]) : LineReader.Mode.LINEFEED;
        StringBuilder sb = LineReader.readLine(in, mode, bytes);
        if (sb == null) return Eof.EOF;
        if (!bytes) return MString.mutable(sb.toString());
        return new Bytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1), false);
    }

    private static Object readString(String who, Object[] a, boolean peek) {
        int amt = IoArgs.natural(who, a, 0);
        int skip = peek ? IoArgs.natural(who, a, 1) : 0;
        InputPort in = IoArgs.in(who, a, peek ? 2 : 1);
        if (amt == 0) return MString.mutable("");
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (count < amt) {
            int c = peek ? in.peekChar(skip) : in.readChar();
            if (c == InputPort.EOF) break;
            if (peek) skip += InputPort.utf8Length(c);
            sb.appendCodePoint(c);
            count++;
        }
        return count == 0 ? Eof.EOF : MString.mutable(sb.toString());
    }

    private static Object readBytes(String who, Object[] a, boolean peek) {
        int amt = IoArgs.natural(who, a, 0);
        int skip = peek ? IoArgs.natural(who, a, 1) : 0;
        InputPort in = IoArgs.in(who, a, peek ? 2 : 1);
        if (amt == 0) return new Bytes(new byte[0], false);
        byte[] b = new byte[amt];
        int n = peek ? in.peekBytes(b, 0, amt, skip) : in.readBytes(b, 0, amt);
        if (n == InputPort.EOF) return Eof.EOF;
        return new Bytes(n == amt ? b : java.util.Arrays.copyOf(b, n), false);
    }

    private static void registerWriting(PrimitiveTable t) {
        t.add(Primitive.ofN("write", 1, 2, a -> out(a, PrintMode.WRITE, "write", false)));
        t.add(Primitive.ofN("display", 1, 2, a -> out(a, PrintMode.DISPLAY, "display", false)));
        t.add(Primitive.ofN("print", 1, 3, a -> {
            OutputPort o = IoArgs.out("print", a, 1);
            int depth = a.length > 2 && a[2] instanceof Long d ? (int) (long) d : 0;
            Printer.print(a[0], o, PrintMode.PRINT, depth);
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("writeln", 1, 2, a -> out(a, PrintMode.WRITE, "writeln", true)));
        t.add(Primitive.ofN("displayln", 1, 2, a -> out(a, PrintMode.DISPLAY, "displayln", true)));
        t.add(Primitive.ofN("println", 1, 2, a -> out(a, PrintMode.PRINT, "println", true)));
        t.add(Primitive.ofN("newline", 0, 1, a -> { IoArgs.out("newline", a, 0).writeChar('\n'); return VoidValue.VOID; }));
        t.add(Primitive.ofN("write-char", 1, 2, a -> {
            if (!(a[0] instanceof Char c)) throw org.jracket.runtime.exn.Errors.contractArg("write-char", "char?", 0, a);
            IoArgs.out("write-char", a, 1).writeChar(c.code);
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("write-byte", 1, 2, a -> {
            if (!(a[0] instanceof Long b && b >= 0 && b < 256)) throw org.jracket.runtime.exn.Errors.contractArg("write-byte", "byte?", 0, a);
            IoArgs.out("write-byte", a, 1).writeByte((int) (long) b);
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("write-string", 1, 4, a -> {
            MString s = IoArgs.string("write-string", a, 0);
            OutputPort o = IoArgs.out("write-string", a, 1);
            int start = a.length > 2 ? IoArgs.natural("write-string", a, 2) : 0;
            int end = a.length > 3 ? IoArgs.natural("write-string", a, 3) : s.length();
            o.writeCodePoints(s.chars, start, end);
            return (long) (end - start);
        }));
        t.add(Primitive.ofN("write-bytes", 1, 4, a -> {
            Bytes b = IoArgs.bytes("write-bytes", a, 0);
            OutputPort o = IoArgs.out("write-bytes", a, 1);
            int start = a.length > 2 ? IoArgs.natural("write-bytes", a, 2) : 0;
            int end = a.length > 3 ? IoArgs.natural("write-bytes", a, 3) : b.length();
            o.writeBytes(b.bytes, start, end - start);
            return (long) (end - start);
        }));
        t.add(Primitive.ofN("flush-output", 0, 1, a -> { IoArgs.out("flush-output", a, 0).flush(); return VoidValue.VOID; }));
        FormatPrims.register(t);
    }

    private static Object out(Object[] a, PrintMode mode, String who, boolean newline) {
        OutputPort o = IoArgs.out(who, a, 1);
        Printer.print(a[0], o, mode, 0);
        if (newline) o.writeChar('\n');
        return VoidValue.VOID;
    }
}
