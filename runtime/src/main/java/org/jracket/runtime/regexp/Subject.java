package org.jracket.runtime.regexp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;

/**
 * An input prepared for one regexp: the units the matcher sees and the way back to the
 * caller's positions and values. Racket's rules for mixed kinds:
 * <ul>
 * <li>string regexp, string input: chars in, char positions and strings out;</li>
 * <li>byte regexp, byte input: bytes in and out;</li>
 * <li>string regexp, byte input: the bytes are decoded as UTF-8 (bytes not part of valid
 *     UTF-8 match nothing), results are byte strings and byte positions;</li>
 * <li>byte regexp, string input: the string is encoded as UTF-8; start/end arguments are
 *     still char positions, results are byte strings and byte positions.</li>
 * </ul>
 */
final class Subject {
    final int[] units;
    /** Code points of a string input when results are strings, else null. */
    private final int[] chars;
    /** The byte form of the input when results are byte strings, else null. */
    private final byte[] raw;
    /** Unit index to byte offset in raw, or null when units are raw's bytes. */
    private final int[] unitToRaw;
    /** Char index to unit index, for a string input encoded as bytes; else null. */
    private final int[] charToUnit;

    private Subject(int[] units, int[] chars, byte[] raw, int[] unitToRaw, int[] charToUnit) {
        this.units = units; this.chars = chars; this.raw = raw;
        this.unitToRaw = unitToRaw; this.charToUnit = charToUnit;
    }

    static Subject ofString(Regexp rx, int[] cs) {
        if (!rx.bytes) return new Subject(cs, cs, null, null, null);
        byte[] b = new String(cs, 0, cs.length).getBytes(StandardCharsets.UTF_8);
        int[] map = new int[cs.length + 1];
        int pos = 0;
        for (int k = 0; k < cs.length; k++) { map[k] = pos; pos += utf8Length(cs[k]); }
        map[cs.length] = pos;
        return new Subject(Regexp.toUnits(b), null, b, null, map);
    }

    static Subject ofBytes(Regexp rx, byte[] b) {
        if (rx.bytes) return new Subject(Regexp.toUnits(b), null, b, null, null);
        int[] us = new int[b.length];
        int[] map = new int[b.length + 1];
        int n = 0, k = 0;
        while (k < b.length) {
            int len = validSequence(b, k);
            map[n] = k;
            if (len == 0) { us[n++] = -1 - (b[k] & 0xFF); k++; continue; }
            us[n++] = new String(b, k, len, StandardCharsets.UTF_8).codePointAt(0);
            k += len;
        }
        map[n] = b.length;
        return new Subject(Arrays.copyOf(us, n), null, b, Arrays.copyOf(map, n + 1), null);
    }

    /** A subject that is the prefix's units followed by this one's units in [from, to]. */
    Subject withPrefix(int[] prefixUnits, int from, int to) {
        int[] us = new int[prefixUnits.length + to - from];
        System.arraycopy(prefixUnits, 0, us, 0, prefixUnits.length);
        System.arraycopy(units, from, us, prefixUnits.length, to - from);
        return new Subject(us, chars, raw, unitToRaw, charToUnit);
    }

    /** Units of an input-prefix byte string as this subject's regexp sees them. */
    static int[] prefixUnits(Regexp rx, byte[] prefix) {
        return ofBytes(rx, prefix).units;
    }

    int length() { return units.length; }

    /** A start/end argument (chars for strings, bytes for byte strings) as a unit index. */
    int toUnit(int external) {
        if (charToUnit != null) return charToUnit[external];
        if (unitToRaw != null) {
            int k = Arrays.binarySearch(unitToRaw, external);
            return k >= 0 ? k : -k - 1;
        }
        return external;
    }

    /** A unit index as a position reported to the caller. */
    int toExternal(int unit) { return unitToRaw != null ? unitToRaw[unit] : unit; }

    boolean stringResults() { return chars != null; }

    /** The input between two unit indexes, as a fresh mutable string or byte string. */
    Object slice(int from, int to) {
        if (chars != null) return new MString(Arrays.copyOfRange(chars, from, to), false);
        return new Bytes(Arrays.copyOfRange(raw, toExternal(from), toExternal(to)), false);
    }

    static int utf8Length(int c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

    /** Length of the valid UTF-8 sequence at k, or 0 if the byte there does not start one. */
    private static int validSequence(byte[] b, int k) {
        int c = b[k] & 0xFF;
        int len = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
        if (len == 0 || k + len > b.length) return len == 1 ? 1 : 0;
        for (int j = 1; j < len; j++) if ((b[k + j] & 0xC0) != 0x80) return 0;
        int cp = new String(b, k, len, StandardCharsets.UTF_8).codePointAt(0);
        if (cp == 0xFFFD && !(len == 3 && (b[k] & 0xFF) == 0xEF)) return 0;
        return len;
    }
}
