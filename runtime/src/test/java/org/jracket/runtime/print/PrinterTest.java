package org.jracket.runtime.print;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Map;
import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.RacketException;
import org.jracket.runtime.io.BytesInputPort;
import org.jracket.runtime.io.BytesOutputPort;
import org.jracket.runtime.io.OutputPort;
import org.jracket.runtime.read.Reader;
import org.junit.jupiter.api.Test;

class PrinterTest {
    static Object read(String s) { return Reader.read(BytesInputPort.ofString(Symbol.of("string"), s)); }

    static String all3(Object v) {
        return Printer.toPrintString(v) + " | " + Printer.toWriteString(v) + " | " + Printer.toDisplayString(v);
    }

    static final String[][] CASES = {
        {"\"text\"", "\"text\" | \"text\" | text"},
        {"#\\b", "#\\b | #\\b | b"},
        {"sym", "'sym | sym | sym"},
        {"|odd sym|", "'|odd sym| | |odd sym| | odd sym"},
        {"()", "'() | () | ()"},
        {"(1 \"a\" #\\b)", "'(1 \"a\" #\\b) | (1 \"a\" #\\b) | (1 a b)"},
        {"#(\"v\" #\\w u)", "'#(\"v\" #\\w u) | #(\"v\" #\\w u) | #(v w u)"},
        {"#&\"in box\"", "'#&\"in box\" | #&\"in box\" | #&in box"},
        {"(\"car\" . \"cdr\")", "'(\"car\" . \"cdr\") | (\"car\" . \"cdr\") | (car . cdr)"},
        {"#:kw", "'#:kw | #:kw | #:kw"},
        {"'a", "''a | (quote a) | (quote a)"},
        {"`(x ,y ,@z)", "'`(x ,y ,@z) | (quasiquote (x (unquote y) (unquote-splicing z))) | (quasiquote (x (unquote y) (unquote-splicing z)))"},
        {"(1 unquote 2)", "'(1 . ,2) | (1 unquote 2) | (1 unquote 2)"},
        {"#'f", "'#'f | (syntax f) | (syntax f)"},
        {"\"nul\\0end\\u007F\\r\\n\"", "\"nul\\u0000end\\u007F\\r\\n\" | \"nul\\u0000end\\u007F\\r\\n\" | nul\0end\u007F\r\n"},
        {"\"\\u00AD\\u3000\\U10FFFF\"", "\"\\u00AD\u3000\\U0010FFFF\" | \"\\u00AD\u3000\\U0010FFFF\" | \u00AD\u3000\uDBFF\uDFFF"},
        {"(#\\nul #\\u1 #\\space #\\rubout #\\u3000 #\\uA0 #\\uE000)",
         "'(#\\nul #\\u0001 #\\space #\\rubout #\\u3000 #\\u00A0 #\\uE000) | (#\\nul #\\u0001 #\\space #\\rubout #\\u3000 #\\u00A0 #\\uE000) | (\0 \u0001   \u007F \u3000 \u00A0 \uE000)"},
        {"#\"a\\0\\n\\377\\1\\0012\"", "#\"a\\0\\n\\377\\1\\0012\" | #\"a\\0\\n\\377\\1\\0012\" | a\0\n\uFFFD\u0001\u00012"},
        {"(|123| |1.5| |#foo| Hello |with(paren| |.| a\\|b |#%x| ->x || |+i| 1e)",
         "'(|123| |1.5| |#foo| Hello |with(paren| |.| a\\|b #%x ->x || |+i| 1e) | (|123| |1.5| |#foo| Hello |with(paren| |.| a\\|b #%x ->x || |+i| 1e) | (123 1.5 #foo Hello with(paren . a|b #%x ->x  +i 1e)"},
        {"#:|a b|", "'#:|a b| | #:|a b| | #:a b"},
        {"#hash((a . 1))", "'#hash((a . 1)) | #hash((a . 1)) | #hash((a . 1))"},
        {"#s(pf 1 \"a\")", "'#s(pf 1 \"a\") | #s(pf 1 \"a\") | #s(pf 1 a)"},
        {"#px\"\\\\d+\"", "#px\"\\\\d+\" | #px\"\\\\d+\" | #px\"\\\\d+\""},
        {"(1.5 1/2 -7)", "'(1.5 1/2 -7) | (1.5 1/2 -7) | (1.5 1/2 -7)"},
    };

    @Test
    void printsLikeRacket() {
        for (String[] c : CASES) assertEquals(c[1], all3(read(c[0])), c[0]);
    }

    @Test
    void printsSpecialValues() {
        assertEquals("#<void> | #<void> | #<void>", all3(VoidValue.VOID));
        assertEquals("#<eof>", Printer.toPrintString(Eof.EOF));
        assertEquals("#<procedure:car>", Printer.toPrintString(Primitive.of1("car", x -> x)));
        assertEquals("#<path:/x> | #<path:/x> | /x", all3(new org.jracket.runtime.io.Path("/x")));
        assertEquals("'(#<void>)", Printer.toPrintString(Pair.list(VoidValue.VOID)));
        assertEquals("#t | #t | #t", all3(Boolean.TRUE));
    }

    static StructType type(String name, boolean transparent, Map<StructProperty, Object> props) {
        return new StructType(Symbol.of(name), null, 2, 0, Boolean.FALSE, props,
                transparent ? Boolean.FALSE : Boolean.TRUE, null, new boolean[] {true, true}, Boolean.FALSE);
    }

    @Test
    void printsStructs() {
        Struct pt = new Struct(type("pt", true, Map.of()), new Object[] {1L, 2L});
        Struct op = new Struct(type("op", false, Map.of()), new Object[] {1L, 2L});
        assertEquals("(pt 1 2) | #(struct:pt 1 2) | #(struct:pt 1 2)", all3(pt));
        assertEquals("(list 1 (pt 1 2)) | (1 #(struct:pt 1 2)) | (1 #(struct:pt 1 2))", all3(Pair.list(1L, pt)));
        assertEquals("#<op> | #<op> | #<op>", all3(op));
        assertEquals("'(1 #<op>)", Printer.toPrintString(Pair.list(1L, op)));
        assertEquals("(list 'a \"s\" '() (pt 1 2))", Printer.toPrintString(Pair.list(Symbol.of("a"), MString.immutable("s"), Null.NULL, pt)));
        assertEquals("(cons 1 (pt 1 2))", Printer.toPrintString(new Pair(1L, pt)));
        assertEquals("(list* 1 2 (pt 1 2))", Printer.toPrintString(new Pair(1L, new Pair(2L, pt))));
        assertEquals("(mcons 1 2) | {1 . 2} | {1 . 2}", all3(new MPair(1L, 2L)));
        assertEquals("(vector 'a (pt 1 2))", Printer.toPrintString(new MVector(new Object[] {Symbol.of("a"), pt}, false)));
    }

    @Test
    void customWriteReceivesMode() {
        StructProperty cw = new StructProperty(Symbol.of("custom-write"), Boolean.FALSE, Null.NULL);
        PrintHooks.customWrite = cw;
        Map<StructProperty, Object> props = new HashMap<>();
        props.put(cw, Primitive.of3("w", (v, port, mode) -> {
            ((OutputPort) port).writeString("<cw " + Printer.toDisplayString(mode) + ">");
            return VoidValue.VOID;
        }));
        Struct s = new Struct(type("cw", false, props), new Object[] {1L, 2L});
        assertEquals("<cw 0> | <cw #t> | <cw #f>", all3(s));
        assertEquals("'(<cw 1>)", Printer.toPrintString(Pair.list(s)));
    }

    @Test
    void printAsExpressionOffPrintsLikeWrite() {
        PrintParams.PRINT_AS_EXPRESSION.set(Boolean.FALSE);
        try {
            assertEquals("(a \"b\" #\\c)", Printer.toPrintString(read("(a \"b\" #\\c)")));
        } finally {
            PrintParams.PRINT_AS_EXPRESSION.set(Boolean.TRUE);
        }
    }

    static String format(String pattern, Object... args) {
        BytesOutputPort o = new BytesOutputPort(Symbol.of("string"));
        Object[] a = new Object[args.length + 1];
        System.arraycopy(args, 0, a, 1, args.length);
        Formatter.format("format", pattern, a, 1, o);
        return o.contentString();
    }

    static String formatError(String pattern, Object... args) {
        RacketException e = assertThrows(RacketException.class, () -> format(pattern, args));
        return ((Struct) e.value).fields[0].toString();
    }

    @Test
    void formatDirectives() {
        Object s = MString.immutable("x\"y");
        assertEquals("x\"y|\"x\\\"y\"|\"x\\\"y\"|\"x\\\"y\"", format("~a|~s|~v|~e", s, s, s, s));
        assertEquals("c ff 10 101 -ff\n\n~", format("~c ~x ~o ~b ~X~n~%~~", Char.of('c'), 255L, 8L, 5L, -255L));
        assertEquals("x1|y", format("x~a|~  \n   y", 1L));
        assertEquals("format: format string requires 1 arguments, given 0", formatError("~a"));
        assertEquals("format: format string requires 1 arguments, given 2; arguments were: 1 2", formatError("~a", 1L, 2L));
        assertEquals("format: ill-formed pattern string\n  explanation: tag `~q` not allowed; arguments were: 1", formatError("~q", 1L));
        assertEquals("format: ill-formed pattern string\n  explanation: cannot end in `~`", formatError("~"));
        assertEquals("format: format string requires a character, given something else\n  bad argument: 1; arguments were: 1", formatError("~c", 1L));
    }
}
