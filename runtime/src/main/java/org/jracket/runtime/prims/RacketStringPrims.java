package org.jracket.runtime.prims;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.exn.Errors;

/**
 * The first-order {@code racket/string} functions, done in Java for speed. Racket's keyword
 * arguments are taken positionally here; the racket/string wrapper maps them:
 * <pre>
 *   (string-split str [sep #f] [trim? #t] [repeat? #f])          ; sep #f = whitespace
 *   (string-join strs [sep " "] [before-first ""] [before-last #f] [after-last ""])
 *   (string-trim str [sep #f] [left? #t] [right? #t] [repeat? #f])
 *   (string-replace str from to [all? #t])
 * </pre>
 * "Whitespace" is what {@code #px"\\s"} matches: ASCII space, tab, newline, vertical tab,
 * form feed and return.
 */
public final class RacketStringPrims {
    private RacketStringPrims() {}

    public static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("string-split", 1, 4, RacketStringPrims::split));
        t.add(Primitive.ofN("string-join", 1, 5, RacketStringPrims::join));
        t.add(Primitive.ofN("string-trim", 1, 5, RacketStringPrims::trim));
        t.add(Primitive.ofN("string-replace", 3, 4, RacketStringPrims::replace));
        t.add(Primitive.of2("string-prefix?", (s, p) -> Args.bool(str("string-prefix?", s).startsWith(str("string-prefix?", p)))));
        t.add(Primitive.of2("string-suffix?", (s, p) -> Args.bool(str("string-suffix?", s).endsWith(str("string-suffix?", p)))));
        t.add(Primitive.of2("string-contains?", (s, p) -> Args.bool(str("string-contains?", s).contains(str("string-contains?", p)))));
    }

    private static String str(String who, Object v) { return Args.string(who, v).toString(); }

    static boolean isSpace(char c) { return c == ' ' || (c >= 9 && c <= 13); }

    /** Trims [lo, hi) of s; returns {lo', hi'}. sep null = whitespace runs. */
    private static int[] trimBounds(String s, String sep, boolean left, boolean right, boolean repeat) {
        int lo = 0, hi = s.length();
        if (sep == null) {
            if (left) while (lo < hi && isSpace(s.charAt(lo))) lo++;
            if (right) while (hi > lo && isSpace(s.charAt(hi - 1))) hi--;
            return new int[] {lo, hi};
        }
        if (sep.isEmpty()) return new int[] {lo, hi};
        if (left) {
            while (s.startsWith(sep, lo)) { lo += sep.length(); if (!repeat) break; }
        }
        if (right) {
            while (hi - sep.length() >= lo && s.startsWith(sep, hi - sep.length())) { hi -= sep.length(); if (!repeat) break; }
        }
        return new int[] {lo, Math.max(lo, hi)};
    }

    private static Object split(Object[] a) {
        String s = str("string-split", a[0]);
        String sep = a.length > 1 && a[1] != Boolean.FALSE ? str("string-split", a[1]) : null;
        boolean trim = a.length <= 2 || Args.truthy(a[2]);
        boolean repeat = a.length > 3 && Args.truthy(a[3]);
        List<String> parts = new ArrayList<>();
        if (sep != null && sep.isEmpty()) {
            // An empty separator matches between every pair of characters and at both ends.
            parts.add("");
            s.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
            parts.add("");
            return toList(parts);
        }
        int[] b = trim ? trimBounds(s, sep, true, true, repeat) : new int[] {0, s.length()};
        String body = s.substring(b[0], b[1]);
        if (body.isEmpty()) return toList(parts);
        int i = 0, start = 0;
        while (i < body.length()) {
            int matchEnd = -1;
            if (sep == null) {
                if (isSpace(body.charAt(i))) { matchEnd = i; while (matchEnd < body.length() && isSpace(body.charAt(matchEnd))) matchEnd++; }
            } else if (body.startsWith(sep, i)) {
                matchEnd = i + sep.length();
                if (repeat) while (body.startsWith(sep, matchEnd)) matchEnd += sep.length();
            }
            if (matchEnd >= 0) { parts.add(body.substring(start, i)); i = start = matchEnd; }
            else i++;
        }
        parts.add(body.substring(start));
        return toList(parts);
    }

    private static Object toList(List<String> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) items[i] = MString.mutable(parts.get(i));
        return Pair.list(items);
    }

    private static Object join(Object[] a) {
        if (!Pair.isList(a[0])) throw Errors.contract("string-join", "(listof string?)", a[0]);
        Object[] items = Pair.toArray(a[0]);
        for (Object x : items) if (!(x instanceof MString)) throw Errors.contract("string-join", "(listof string?)", a[0]);
        String sep = a.length > 1 ? str("string-join", a[1]) : " ";
        String beforeFirst = a.length > 2 ? str("string-join", a[2]) : "";
        String beforeLast = a.length > 3 && a[3] != Boolean.FALSE ? str("string-join", a[3]) : sep;
        String afterLast = a.length > 4 ? str("string-join", a[4]) : "";
        StringBuilder sb = new StringBuilder(beforeFirst);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(i == items.length - 1 ? beforeLast : sep);
            sb.append(items[i].toString());
        }
        return MString.mutable(sb.append(afterLast).toString());
    }

    private static Object trim(Object[] a) {
        String s = str("string-trim", a[0]);
        String sep = a.length > 1 && a[1] != Boolean.FALSE ? str("string-trim", a[1]) : null;
        boolean left = a.length <= 2 || Args.truthy(a[2]);
        boolean right = a.length <= 3 || Args.truthy(a[3]);
        boolean repeat = a.length > 4 && Args.truthy(a[4]);
        int[] b = trimBounds(s, sep, left, right, repeat);
        return MString.mutable(s.substring(b[0], b[1]));
    }

    private static Object replace(Object[] a) {
        String s = str("string-replace", a[0]);
        String from = str("string-replace", a[1]);
        String to = str("string-replace", a[2]);
        boolean all = a.length <= 3 || Args.truthy(a[3]);
        if (from.isEmpty()) {
            if (!all) return MString.mutable(to + s);
            StringBuilder sb = new StringBuilder(to);
            s.codePoints().forEach(c -> sb.appendCodePoint(c).append(to));
            return MString.mutable(sb.toString());
        }
        return MString.mutable(all ? s.replace(from, to) : s.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }
}
