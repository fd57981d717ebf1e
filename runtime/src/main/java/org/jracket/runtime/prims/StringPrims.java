package org.jracket.runtime.prims;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.exn.Errors;

/** Racket strings (mutable code-point arrays): construction, access, comparison, case. */
public final class StringPrims {
    private StringPrims() {}

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of1("string?", v -> Args.bool(v instanceof MString)));
        t.add(Primitive.ofN("make-string", 1, 2, StringPrims::makeString));
        t.add(Primitive.ofN("string", 0, -1, a -> {
            int[] cs = new int[a.length];
            for (int i = 0; i < a.length; i++) cs[i] = Args.ch("string", a[i]).code;
            return new MString(cs, false);
        }));
        t.add(Primitive.of1("string-length", v -> (long) Args.string("string-length", v).chars.length));
        t.add(Primitive.of2("string-ref", StringPrims::stringRef));
        t.add(Primitive.of3("string-set!", StringPrims::stringSet));
        t.add(Primitive.ofN("substring", 2, 3, a -> {
            MString s = Args.string("substring", a[0]);
            int[] r = Args.range("substring", "string", s, s.chars.length, a, 1);
            return new MString(Arrays.copyOfRange(s.chars, r[0], r[1]), false);
        }));
        t.add(Primitive.ofN("string-append", 0, -1, StringPrims::append));
        t.add(Primitive.of1("string-copy", v -> new MString(Args.string("string-copy", v).chars.clone(), false)));
        t.add(Primitive.ofN("string-copy!", 3, 5, StringPrims::copyInto));
        t.add(Primitive.of2("string-fill!", (s, c) -> {
            MString m = mutable("string-fill!", "mutable-string?", s);
            Arrays.fill(m.chars, Args.ch("string-fill!", c).code);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("string->list", v -> {
            int[] cs = Args.string("string->list", v).chars;
            Object r = Null.NULL;
            for (int i = cs.length - 1; i >= 0; i--) r = new Pair(Char.of(cs[i]), r);
            return r;
        }));
        t.add(Primitive.of1("list->string", v -> {
            Object[] items = Args.list("list->string", v);
            int[] cs = new int[items.length];
            for (int i = 0; i < items.length; i++) cs[i] = Args.ch("list->string", items[i]).code;
            return new MString(cs, false);
        }));
        t.add(Primitive.of1("string->immutable-string", v -> {
            MString s = Args.string("string->immutable-string", v);
            return s.immutable ? s : new MString(s.chars.clone(), true);
        }));
        compare(t, "string=?", false, 0);
        compare(t, "string<?", false, 1);
        compare(t, "string>?", false, 2);
        compare(t, "string<=?", false, 3);
        compare(t, "string>=?", false, 4);
        compare(t, "string-ci=?", true, 0);
        compare(t, "string-ci<?", true, 1);
        compare(t, "string-ci>?", true, 2);
        compare(t, "string-ci<=?", true, 3);
        compare(t, "string-ci>=?", true, 4);
        t.add(Primitive.of1("string-upcase", v -> MString.mutable(Args.string("string-upcase", v).toString().toUpperCase(Locale.ROOT))));
        t.add(Primitive.of1("string-downcase", v -> MString.mutable(Args.string("string-downcase", v).toString().toLowerCase(Locale.ROOT))));
        t.add(Primitive.of1("string-foldcase", v -> MString.mutable(foldcase(Args.string("string-foldcase", v).toString()))));
        t.add(Primitive.of1("string-titlecase", v -> new MString(titlecase(Args.string("string-titlecase", v).chars), false)));
        normalizer(t, "string-normalize-nfc", Normalizer.Form.NFC);
        normalizer(t, "string-normalize-nfd", Normalizer.Form.NFD);
        normalizer(t, "string-normalize-nfkc", Normalizer.Form.NFKC);
        normalizer(t, "string-normalize-nfkd", Normalizer.Form.NFKD);
        Utf8.register(t);
    }

    public static MString mutable(String who, String expected, Object v) {
        if (v instanceof MString s && !s.immutable) return s;
        throw Errors.contract(who, expected, v);
    }

    private static Object makeString(Object[] a) {
        if (!(a[0] instanceof Long n && n >= 0 && n < Integer.MAX_VALUE - 8)) {
            throw Errors.contract("make-string", "valid-string-length?", a[0]);
        }
        int fill = a.length > 1 ? Args.ch("make-string", a[1]).code : 0;
        int[] cs = new int[(int) (long) n];
        if (fill != 0) Arrays.fill(cs, fill);
        return new MString(cs, false);
    }

    private static Object stringRef(Object s, Object i) {
        if (!(s instanceof MString m)) throw Errors.contract("string-ref", "string?", s);
        return Char.of(m.chars[Args.index("string-ref", "string", m, i, m.chars.length)]);
    }

    private static Object stringSet(Object s, Object i, Object c) {
        MString m = mutable("string-set!", "mutable-string?", s);
        int k = Args.index("string-set!", "string", m, i, m.chars.length);
        m.chars[k] = Args.ch("string-set!", c).code;
        return VoidValue.VOID;
    }

    private static Object append(Object[] a) {
        int n = 0;
        for (Object x : a) n += Args.string("string-append", x).chars.length;
        int[] cs = new int[n];
        int k = 0;
        for (Object x : a) {
            int[] src = ((MString) x).chars;
            System.arraycopy(src, 0, cs, k, src.length);
            k += src.length;
        }
        return new MString(cs, false);
    }

    /** (string-copy! dest dest-start src [src-start src-end]) */
    private static Object copyInto(Object[] a) {
        MString dst = mutable("string-copy!", "(and/c string? (not/c immutable?))", a[0]);
        long at = Args.natural("string-copy!", a[1]);
        MString src = Args.string("string-copy!", a[2]);
        if (at > dst.chars.length) throw Errors.range("string-copy!", "string", "", a[1], dst, 0, dst.chars.length);
        int[] r = Args.range("string-copy!", "string", src, src.chars.length, a, 3);
        int len = r[1] - r[0];
        if (at + len > dst.chars.length) {
            throw Errors.contractFail("string-copy!: not enough room in target string\n  target length: "
                    + dst.chars.length + "\n  needed length: " + (at + len));
        }
        System.arraycopy(src.chars, r[0], dst.chars, (int) at, len);
        return VoidValue.VOID;
    }

    /** Compares by code point (not UTF-16 unit), as Racket orders strings. */
    public static int compareCodePoints(int[] x, int[] y) { return Arrays.compare(x, y); }

    public static int compareCodePoints(String x, String y) {
        return Arrays.compare(x.codePoints().toArray(), y.codePoints().toArray());
    }

    private static void compare(PrimitiveTable t, String name, boolean ci, int op) {
        t.add(Primitive.ofN(name, 1, -1, a -> {
            int[][] s = new int[a.length][];
            for (int i = 0; i < a.length; i++) {
                MString m = Args.string(name, a[i]);
                s[i] = ci ? foldcase(m.toString()).codePoints().toArray() : m.chars;
            }
            for (int i = 0; i + 1 < s.length; i++) {
                if (!CharPrims.holds(op, Integer.signum(Arrays.compare(s[i], s[i + 1])))) return Boolean.FALSE;
            }
            return Boolean.TRUE;
        }));
    }

    /** Full case folding, approximated by upper-casing (ß → SS) and then lower-casing. */
    public static String foldcase(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('ς', 'σ');
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean isWordChar(int c) {
        if (Character.isLetterOrDigit(c) || c == '_') return true;
        int ty = Character.getType(c);
        return ty == Character.NON_SPACING_MARK || ty == Character.COMBINING_SPACING_MARK || ty == Character.ENCLOSING_MARK;
    }

    /** Joiners that keep a word together between two word characters (UAX #29 MidLetter/MidNum). */
    private static boolean isMidWord(int c) {
        return c == '\'' || c == '.' || c == ':' || c == 0xB7 || c == 0x2019 || c == ',' || c == ';';
    }

    /**
     * string-titlecase: in each word (letters and digits, joined by apostrophes and the
     * like), the first cased character becomes title case and the rest lower case.
     */
    static int[] titlecase(int[] in) {
        int[] out = new int[in.length];
        boolean seenCased = false;
        for (int i = 0; i < in.length; i++) {
            int c = in[i];
            boolean word = isWordChar(c) || (isMidWord(c) && i > 0 && i + 1 < in.length
                    && isWordChar(in[i - 1]) && isWordChar(in[i + 1]));
            if (!word) { seenCased = false; out[i] = c; continue; }
            if (isCased(c)) {
                out[i] = seenCased ? Character.toLowerCase(c) : Character.toTitleCase(c);
                seenCased = true;
            } else {
                out[i] = c;
            }
        }
        return out;
    }

    private static void normalizer(PrimitiveTable t, String name, Normalizer.Form form) {
        t.add(Primitive.of1(name, v -> MString.mutable(Normalizer.normalize(Args.string(name, v).toString(), form))));
    }
}
