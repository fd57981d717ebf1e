package org.jracket.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * 4000 random doubles (raw bits in hex) with the text Racket 8.7 printed for them: covers
 * shortest digits, exact-tie rounding, and the positional/scientific layout choice.
 */
class FlonumPrintTest {
    @Test void printsAndReadsLikeRacket() throws Exception {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("flonums-racket87.txt"), StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; n++) {
                String[] p = line.split(" ");
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16));
                assertEquals(p[1], NumberPrinter.toString(d, 10), p[0]);
                assertEquals(d, (Double) NumberParser.parse(p[1], 10), 0.0, p[1]);
            }
        }
        assertEquals(4000, n);
    }
}
