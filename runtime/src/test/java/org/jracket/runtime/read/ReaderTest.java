package org.jracket.runtime.read;

import static org.junit.jupiter.api.Assertions.*;

import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.exn.RacketException;
import org.jracket.runtime.io.BytesInputPort;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.print.Printer;
import org.jracket.runtime.syntax.Syntax;
import org.junit.jupiter.api.Test;

class ReaderTest {
    static InputPort port(String s) { return BytesInputPort.ofString(Symbol.of("string"), s); }

    static String readWrite(String s) { return Printer.toWriteString(Reader.read(port(s))); }

    /** The exn message of reading s, prefixed by "eof: " for exn:fail:read:eof. */
    static String error(String s) {
        try {
            InputPort p = port(s);
            Reader.read(p);
            Reader.read(p);
            return "no error";
        } catch (RacketException e) {
            Struct st = (Struct) e.value;
            return (st.type == ExnTypes.READ_EOF ? "eof: " : "") + st.fields[0];
        }
    }

    static final String[] DATUMS = {
        "42|42", "#x1F|31", "#b101|5", "6/4|3/2", "1e3|1000.0", "#e1.5|3/2",
        "'x|(quote x)", "`(a ,b ,@c)|(quasiquote (a (unquote b) (unquote-splicing c)))",
        "#(1 two \"three\")|#(1 two \"three\")", "(1 . 2)|(1 . 2)", "(a . (b . (c . ())))|(a b c)",
        "[square brackets]|(square brackets)", "{x}|(x)", "#\\a|#\\a", "#\\newline|#\\newline", "#\\u41|#\\A",
        "#\\λ|#\\λ", "#\\101|#\\A", "#\\nul|#\\nul", "#\\SPACE|#\\space", "#\\linefeed|#\\newline",
        "\"\\x41;\"|\"A;\"", "\"\\U1F600\"|\"😀\"", "\"\\101\"|\"A\"", "\"\\u03bb\"|\"λ\"",
        "\"\\a\\b\\t\\n\\v\\f\\r\\e\\\"\\'\\\\\"|\"\\a\\b\\t\\n\\v\\f\\r\\e\\\"'\\\\\"",
        "#hash((a . 1))|#hash((a . 1))", "#hasheq((k . v))|#hasheq((k . v))", "#hasheqv((1 . 2))|#hasheqv((1 . 2))",
        "#t|#t", "#true|#t", "#F|#f", "|odd symbol|||odd symbol|", "A|b c|D||Ab cD|", "a\\ b||a b|",
        "#:keyword|#:keyword", "#:|#:", "#\"bytes\"|#\"bytes\"", "#\"\\xff\"|#\"\\377\"", "#&boxed|#&boxed",
        "(1 ; comment\n 2)|(1 2)", "#;(skipped) kept|kept", "(a #|x#|nest|#y|# b)|(a b)", "#;#;1 2 3|3",
        "(1 . 2 . 3)|(2 1 3)", "#3(1)|#(1 1 1)", "#0()|#()", "#s(pf 1 \"a\")|#s(pf 1 \"a\")",
        "#rx\"a.b\"|#rx\"a.b\"", "#px#\"a+\"|#px#\"a+\"", "#'a|(syntax a)", "#,@a|(unsyntax-splicing a)",
        "#<<EOF\nhi\nthere\nEOF\n|\"hi\\nthere\"", "#ci ABC|abc", "#%a|#%a", "a.b|a.b", "...|...",
        "#!/bin/sh\n5|5", "-nan.0|+nan.0"};

    /** Each row is "input|expected"; the split is at the first bar after position 0. */
    static String[] row(String r) {
        int i = r.indexOf('|', 1);
        if (r.startsWith("|odd")) i = r.indexOf("||") + 1;
        if (r.startsWith("A|b")) i = r.indexOf("||");
        if (r.startsWith("(a #|")) i = r.indexOf(")|") + 1;
        return new String[] {r.substring(0, i), r.substring(i + 1)};
    }

    @Test
    void readsDatums() {
        for (String r : DATUMS) {
            String[] x = row(r);
            assertEquals(x[1], readWrite(x[0]), x[0]);
        }
    }

    static final String[] ERRORS = {
        "(1 2|eof: string::1: read: expected a `)` to close `(`",
        ")|string::1: read: unexpected `)`",
        "\"abc|eof: string::1: read: expected a closing `\"`",
        "#\\nosuch|string::1: read: bad character constant `#\\nosuch`",
        "(1 . )|string::6: read: unexpected `)`",
        "(1 . 2 3)|string::4: read: illegal use of `.`",
        "( . 2)|string::3: read: illegal use of `.`",
        "(1 ]|string::4: read: expected `)` to close preceding `(`, found instead `]`",
        "#(1 . 2)|string::5: read: illegal use of `.`",
        "#|eof: string::1: read: bad syntax `#`",
        "#z|string::1: read: bad syntax `#z`",
        "\"\\q\"|string::1: read: unknown escape sequence `\\q` in string",
        "|abc|eof: string::1: read: end-of-file following `|` in symbol",
        "#|abc|eof: string::2: read: end of file in `#|` comment",
        "'|eof: string::1: read: expected an element for quoting \"'\", found end-of-file",
        "#hash(1)|string::7: read: expected `(`, `[`, or `{` to start a hash pair",
        "#hash((1 2))|string::10: read: expected `.` and value for hash",
        "#\"λ\"|string::1: read: character `λ` is out of range in byte string",
        "#\\xFF|string::1: read: bad character constant `#\\xff`",
        "#2(1 2 3)|string::1: read: vector length 2 is too small, 3 values provided",
        "1/0|string::1: read: division by zero in `1/0`",
        "\"\\777\"|string::1: read: escape sequence `\\777` is out of range in string",
        "#;|eof: string: read: expected a commented-out element for `#;`, but found end-of-file",
        "#<<EOF\nabc|eof: string::1: read: found end-of-file before terminating `EOF`",
        "#x|string::1: read: no digits",
        "#b2|string::1: read: bad digit `2`",
        "(1 . 2 .)|string::4: read: illegal use of `.`"};

    @Test
    void reportsErrorsLikeRacket() {
        for (String r : ERRORS) {
            int i = r.startsWith("|") || r.startsWith("#|abc") ? r.indexOf('|', 2) : r.indexOf('|', 1);
            assertEquals(r.substring(i + 1), error(r.substring(0, i)), r);
        }
    }

    @Test
    void readMakesMutableStringsAndVectors() {
        assertFalse(((MString) Reader.read(port("\"s\""))).immutable);
        assertFalse(((MVector) Reader.read(port("#(1)"))).immutable);
        assertTrue(((MString) ((Syntax) Reader.readSyntax("src", port("\"s\""))).e).immutable);
        assertSame(Eof.EOF, Reader.read(port("   ")));
    }

    @Test
    void readSyntaxRecordsLocations() {
        InputPort p = port("  (hello\n   world)  42");
        p.countLines();
        Syntax s = (Syntax) Reader.readSyntax(Symbol.of("demo"), p);
        assertEquals("(hello world)", Printer.toWriteString(SyntaxStrip.strip(s)));
        assertEquals(1, s.loc.line());
        assertEquals(2, s.loc.column());
        assertEquals(3, s.loc.position());
        assertEquals(16, s.loc.span());
        Syntax world = (Syntax) ((Pair) ((Pair) s.e).cdr).car;
        assertEquals(2, world.loc.line());
        assertEquals(3, world.loc.column());
        Syntax n = (Syntax) Reader.readSyntax(Symbol.of("demo"), p);
        assertEquals(2, n.loc.line());
        assertEquals(11, n.loc.column());
    }

    @Test
    void readSyntaxErrorsUseLineAndColumn() {
        InputPort p = port("x\n (1 2");
        p.countLines();
        Reader.readSyntax(Symbol.of("src"), p);
        RacketException e = assertThrows(RacketException.class, () -> Reader.readSyntax(Symbol.of("src"), p));
        assertEquals("src:2:1: read-syntax: expected a `)` to close `(`", ((Struct) e.value).fields[0].toString());
    }

    @Test
    void moduleReaderWrapsLangFiles() {
        Syntax m = (Syntax) ModuleReader.readModule("#lang racket/base\n(define x 1)\nx",
                new org.jracket.runtime.io.Path("/tmp/a.rkt"));
        assertEquals("(module a racket/base (define x 1) x)", Printer.toWriteString(SyntaxStrip.strip(m)));
        assertEquals(1, m.loc.line());
        assertEquals(6, m.loc.column());
        assertEquals(7, m.loc.position());
        assertEquals(26, m.loc.span());
        Object forms = ModuleReader.readModule("(display 1)\n(display 2)", "d.rkt");
        assertEquals(2, Pair.length(forms));
    }

    @Test
    void moduleSyntaxErrorsNameTheFile() {
        RacketException e = assertThrows(RacketException.class,
                () -> ModuleReader.readModule("#lang racket/base\n(define x 1)\n(display (+ x 1)\n", "a.rkt"));
        assertEquals("a.rkt:3:0: read-syntax: expected a `)` to close `(`", ((Struct) e.value).fields[0].toString());
    }
}
