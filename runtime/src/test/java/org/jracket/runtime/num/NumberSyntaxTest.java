package org.jracket.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading then printing numbers; expected values come from Racket 8.7. */
class NumberSyntaxTest {
    private static String roundTrip(String text) {
        Object v = NumberParser.parse(text, 10);
        return v == null ? "#f" : NumberPrinter.toString(v, 10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1f2|100.0", "+inf.f|+inf.0", "-NaN.0|+nan.0", "1#|10.0", "1#.#|10.0", "#e1#|10",
        "1#/2|5.0", "1/2e2|50.0", "#e1/2e2|50", "1.e2|100.0", "1.|1.0", "+.5|0.5",
        "-.5e-2|-0.005", "#x1e2|482", "#x1.8|1.5", "#b1.1|1.5", "#b1e10|4.0", "#o1e2|64.0",
        "#xAb|171", "#E1.5|3/2", "#I1|1.0", "#e#x10|16", "#x#e10|16", "1+2i|1+2i", "1+i|1+1i",
        "+i|0+1i", "-i|0-1i", "1-2.5i|1.0-2.5i", "1@2|-0.4161468365471424+0.9092974268256817i",
        "1.0@0|1.0", "1@0.0|1.0+0.0i", "+inf.0i|0.0+inf.0i", "1/2+3/4i|1/2+3/4i",
        "#e1.5+2.5i|3/2+5/2i", "#i1+2i|1.0+2.0i", "+nan.0+nan.0i|+nan.0+nan.0i",
        "-1/2|-1/2", "1e500|+inf.0", "-1e500|-inf.0", "#e1e30|1000000000000000000000000000000",
        "#e1.23e-5|123/10000000", "-0|0", "-0.0|-0.0", "1#e2|1000.0", "0.0+0i|0.0",
        "1+0.0i|1.0+0.0i", "#e1+0.0i|1", "-0.0-0.0i|-0.0-0.0i", "9007199254740993.0|9007199254740992.0",
        "123456789012345678901234567890e-10|12345678901234567000.0", "#x-ff/10|-255/16", "1/2@0|1/2",
        "4.0@-1|2.161209223472559-3.365883939231586i",
    })
    void parsesLikeRacket(String text, String printed) {
        assertEquals(printed, roundTrip(text));
    }

    @ParameterizedTest
    @CsvSource({
        ".e2", ".", "+.", "#x#x1", "#e#i1", "i", "1i", "1++2i", "1+-2i", "1e+", "e1", "-", "+", "...",
        "1+", "+1+", "1/2/3", "1/-2", "+-1", "#i1/0", "1/0", "#b102", "1e1.5", "@1", "2i+1",
        "#e+inf.0", "12#.5", "abc", "1_000", "0x10", "'#'", "+inf.t", "1t2",
    })
    void rejectsNonNumbers(String text) {
        assertNull(NumberParser.parse(text, 10), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e21|1e+21", "1e20|1e+20", "1e22|1e+22", "1e-7|1e-7", "0.0001|0.0001", "1.5e-10|1.5e-10",
        "6.02e23|6.02e+23", "12345678901234567890.0|12345678901234567000.0", "5e-324|5e-324",
        "1.7976931348623157e308|1.7976931348623157e+308", "0.1|0.1", "100.0|100.0",
        "123456789.125|123456789.125", "1e13|10000000000000.0", "1e14|1e+14",
        "1234567890123e3|1234567890123000.0", "1234567890123e4|1.234567890123e+16",
        "1.234e-4|0.0001234", "1.2e-5|1.2e-5", "1e100|1e+100",
    })
    void printsFlonumsLikeRacket(String text, String printed) {
        assertEquals(printed, roundTrip(text));
    }
}
