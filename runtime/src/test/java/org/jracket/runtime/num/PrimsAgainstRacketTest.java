package org.jracket.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.RacketException;
import org.jracket.runtime.prims.PrimitiveTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Applies numeric primitives to literal arguments and compares with what Racket 8.7 printed
 * (prims-racket87.tsv: "(prim arg ...)" TAB "result written with ~s" or "ERR message").
 * The "given:" lines of error messages are skipped: value printing belongs to the printer.
 */
class PrimsAgainstRacketTest {
    private static final PrimitiveTable TABLE = new PrimitiveTable("test");
    static { NumberPrims.register(TABLE); }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PrimsAgainstRacketTest.class.getResourceAsStream("prims-racket87.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                out.add(Arguments.of(line.substring(0, tab), line.substring(tab + 1).replace("\\n", "\n")));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesRacket(String form, String expected) {
        String[] parts = form.substring(1, form.length() - 1).trim().split("\\s+");
        Procedure p = (Procedure) TABLE.get(parts[0]);
        Object[] args = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) args[i - 1] = literal(parts[i]);
        String actual;
        try {
            actual = render(p.apply(args));
        } catch (RacketException e) {
            actual = "ERR " + Errors.messageOf(e.value);
        }
        assertEquals(dropGiven(expected), dropGiven(actual), form);
    }

    private static Object literal(String tok) {
        if (tok.startsWith("\"")) return MString.immutable(tok.substring(1, tok.length() - 1));
        Object n = NumberParser.parse(tok, 10);
        if (n == null) throw new IllegalArgumentException(tok);
        return n;
    }

    static String render(Object v) {
        if (v instanceof MultipleValues mv) {
            StringBuilder sb = new StringBuilder();
            for (Object x : mv.values) sb.append(sb.length() == 0 ? "" : " ").append(render(x));
            return sb.toString();
        }
        if (v instanceof Boolean b) return b ? "#t" : "#f";
        if (v instanceof MString s) return "\"" + s + "\"";
        if (Arith.isNumber(v)) return NumberPrinter.toString(v, 10);
        return String.valueOf(v);
    }

    private static String dropGiven(String s) {
        return s.replaceAll("\n  given: [^\n]*", "");
    }
}
