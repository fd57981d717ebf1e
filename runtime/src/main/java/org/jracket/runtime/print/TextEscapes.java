package org.jracket.runtime.print;

import org.jracket.runtime.io.OutputPort;

/** How {@code write} spells strings, byte strings and characters. */
final class TextEscapes {
    private TextEscapes() {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static void writeString(int[] cs, int n, OutputPort out) {
        out.writeChar('"');
        int runStart = 0;
        for (int i = 0; i < n; i++) {
            int c = cs[i];
            String esc = escapeFor(c);
            if (esc == null) continue;
            // Copy the plain run before this character in one call (keeps the loop cheap).
            if (runStart < i) out.writeCodePoints(cs, runStart, i);
            out.writeString(esc);
            runStart = i + 1;
        }
        if (runStart < n) out.writeCodePoints(cs, runStart, n);
        out.writeChar('"');
    }

    /** The escape write uses for c inside a string, or null if c is written as itself. */
    static String escapeFor(int c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case 7: return "\\a";
            case 8: return "\\b";
            case 9: return "\\t";
            case 10: return "\\n";
            case 11: return "\\v";
            case 12: return "\\f";
            case 13: return "\\r";
            case 27: return "\\e";
            default:
        }
        if (c >= 32 && c < 127) return null;
        if (CharNames.isGraphic(c) || CharNames.isBlank(c)) return null;
        return hexEscape(c);
    }

    /** Backslash-u and four hex digits below U+10000, else backslash-U and eight. */
    static String hexEscape(int c) {
        StringBuilder sb = new StringBuilder(10);
        int digits = c < 0x10000 ? 4 : 8;
        sb.append(c < 0x10000 ? "\\u" : "\\U");
        for (int s = (digits - 1) * 4; s >= 0; s -= 4) sb.append(HEX[(c >> s) & 0xF]);
        return sb.toString();
    }

    static void writeBytes(byte[] bs, OutputPort out) {
        StringBuilder sb = new StringBuilder(bs.length + 3).append("#\"");
        for (int i = 0; i < bs.length; i++) {
            int b = bs[i] & 0xFF;
            switch (b) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case 7 -> sb.append("\\a");
                case 8 -> sb.append("\\b");
                case 9 -> sb.append("\\t");
                case 10 -> sb.append("\\n");
                case 11 -> sb.append("\\v");
                case 12 -> sb.append("\\f");
                case 13 -> sb.append("\\r");
                case 27 -> sb.append("\\e");
                default -> {
                    if (b >= 32 && b < 127) { sb.append((char) b); break; }
                    // Shortest octal, unless a digit follows (then three digits keep it unambiguous).
                    boolean digitNext = i + 1 < bs.length && bs[i + 1] >= '0' && bs[i + 1] <= '7';
                    String oct = Integer.toOctalString(b);
                    sb.append('\\');
                    if (digitNext) sb.append("000", 0, 3 - oct.length());
                    sb.append(oct);
                }
            }
        }
        out.writeString(sb.append('"'));
    }

    static void writeChar(int c, OutputPort out) {
        String name = CharNames.nameOf(c);
        if (name != null) { out.writeString("#\\" + name); return; }
        if (CharNames.isGraphic(c)) {
            out.writeString("#\\");
            out.writeChar(c);
            return;
        }
        out.writeString("#" + hexEscape(c));
    }
}
