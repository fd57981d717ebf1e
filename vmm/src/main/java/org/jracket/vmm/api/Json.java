package org.jracket.vmm.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the API needs, by hand: requests are flat objects of a few strings, responses
 * are objects and arrays of strings, numbers and booleans. Parsing is strict and bounded
 * (nesting depth, input size), so a hostile body is an error, not a crash.
 */
public final class Json {
    static final int MAX_DEPTH = 32;

    private Json() {}

    /** A malformed document; the message says where. */
    public static final class JsonException extends Exception {
        JsonException(String message) { super(message); }
    }

    // ---- writing ----------------------------------------------------------------------------
    public static String write(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        switch (v) {
            case null -> sb.append("null");
            case String s -> quote(sb, s);
            case Boolean b -> sb.append(b);
            case Double d -> sb.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
            case Number n -> sb.append(n.longValue());
            case Map<?, ?> m -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    quote(sb, String.valueOf(e.getKey()));
                    sb.append(':');
                    write(sb, e.getValue());
                }
                sb.append('}');
            }
            case List<?> l -> {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) sb.append(',');
                    write(sb, l.get(i));
                }
                sb.append(']');
            }
            default -> quote(sb, v.toString());
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    // ---- reading ----------------------------------------------------------------------------
    /** Parses a document whose top level must be an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) throws JsonException {
        Object v = parse(text);
        if (!(v instanceof Map)) throw new JsonException("expected a JSON object");
        return (Map<String, Object>) v;
    }

    public static Object parse(String text) throws JsonException {
        Parser p = new Parser(text);
        p.space();
        Object v = p.value(0);
        p.space();
        if (p.pos != text.length()) throw p.fail("unexpected text after the value");
        return v;
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) { this.s = s; }

        Object value(int depth) throws JsonException {
            if (depth > MAX_DEPTH) throw fail("nested deeper than " + MAX_DEPTH);
            if (pos >= s.length()) throw fail("unexpected end of input");
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> {
                    if (c == '-' || Character.isDigit(c)) yield number();
                    throw fail("unexpected character '" + c + "'");
                }
            };
        }

        Map<String, Object> object(int depth) throws JsonException {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            space();
            if (peek('}')) { pos++; return m; }
            while (true) {
                space();
                if (!peek('"')) throw fail("expected a quoted key");
                String k = string();
                space();
                expect(':');
                space();
                m.put(k, value(depth + 1));
                space();
                if (peek(',')) { pos++; continue; }
                expect('}');
                return m;
            }
        }

        List<Object> array(int depth) throws JsonException {
            List<Object> l = new ArrayList<>();
            pos++;
            space();
            if (peek(']')) { pos++; return l; }
            while (true) {
                space();
                l.add(value(depth + 1));
                space();
                if (peek(',')) { pos++; continue; }
                expect(']');
                return l;
            }
        }

        String string() throws JsonException {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= s.length()) throw fail("unterminated string");
                char c = s.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c < 0x20) throw fail("control character in string");
                if (c != '\\') { sb.append(c); continue; }
                if (pos >= s.length()) throw fail("unterminated escape");
                char e = s.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) throw fail("short \\u escape");
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException x) {
                            throw fail("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw fail("bad escape \\" + e);
                }
            }
        }

        Object number() throws JsonException {
            int start = pos;
            if (peek('-')) pos++;
            while (pos < s.length() && "0123456789.eE+-".indexOf(s.charAt(pos)) >= 0) pos++;
            String n = s.substring(start, pos);
            try {
                if (n.matches("-?\\d{1,18}")) return Long.parseLong(n);
                return Double.parseDouble(n);
            } catch (NumberFormatException e) {
                throw fail("bad number '" + n + "'");
            }
        }

        Object literal(String word, Object v) throws JsonException {
            if (!s.startsWith(word, pos)) throw fail("expected " + word);
            pos += word.length();
            return v;
        }

        void space() { while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++; }

        boolean peek(char c) { return pos < s.length() && s.charAt(pos) == c; }

        void expect(char c) throws JsonException {
            if (!peek(c)) throw fail("expected '" + c + "'");
            pos++;
        }

        JsonException fail(String what) { return new JsonException("bad JSON at character " + pos + ": " + what); }
    }
}
