package org.jracket.runtime.prims;

import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;

/** Characters: conversions, comparisons, Unicode classification and case mapping. */
public final class CharPrims {
    private CharPrims() {}

    private interface CharTest { boolean test(int c); }
    private interface CharMap { int map(int c); }

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of1("char?", v -> Args.bool(v instanceof Char)));
        t.add(Primitive.of1("char->integer", v -> (long) Args.ch("char->integer", v).code));
        t.add(Primitive.of1("integer->char", CharPrims::integerToChar));
        t.add(Primitive.of1("char-utf-8-length", v -> {
            int c = Args.ch("char-utf-8-length", v).code;
            return (long) (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
        }));
        compare(t, "char=?", false, 0);
        compare(t, "char<?", false, 1);
        compare(t, "char>?", false, 2);
        compare(t, "char<=?", false, 3);
        compare(t, "char>=?", false, 4);
        compare(t, "char-ci=?", true, 0);
        compare(t, "char-ci<?", true, 1);
        compare(t, "char-ci>?", true, 2);
        compare(t, "char-ci<=?", true, 3);
        compare(t, "char-ci>=?", true, 4);
        test(t, "char-alphabetic?", Character::isAlphabetic);
        test(t, "char-numeric?", CharPrims::isNumeric);
        test(t, "char-whitespace?", CharPrims::isWhitespace);
        test(t, "char-upper-case?", Character::isUpperCase);
        test(t, "char-lower-case?", Character::isLowerCase);
        test(t, "char-title-case?", Character::isTitleCase);
        test(t, "char-blank?", c -> c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR);
        test(t, "char-iso-control?", c -> c <= 0x1F || (c >= 0x7F && c <= 0x9F));
        test(t, "char-punctuation?", CharPrims::isPunctuation);
        test(t, "char-symbolic?", CharPrims::isSymbolic);
        test(t, "char-graphic?", CharPrims::isGraphic);
        test(t, "char-extended-pictographic?", c -> Character.isExtendedPictographic(c));
        map(t, "char-upcase", Character::toUpperCase);
        map(t, "char-downcase", Character::toLowerCase);
        map(t, "char-titlecase", Character::toTitleCase);
        map(t, "char-foldcase", CharPrims::foldcase);
        t.add(Primitive.of1("char-general-category",
                v -> Symbol.of(generalCategory(Args.ch("char-general-category", v).code))));
    }

    public static boolean isValidScalar(long c) { return c >= 0 && c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF); }

    private static Object integerToChar(Object v) {
        if (v instanceof Long l && isValidScalar(l)) return Char.of((int) (long) l);
        throw Errors.contract("integer->char", "valid-unicode-scalar-value?", v);
    }

    /** op: 0 =, 1 <, 2 >, 3 <=, 4 >= ; every argument is checked before comparing. */
    private static void compare(PrimitiveTable t, String name, boolean ci, int op) {
        t.add(Primitive.ofN(name, 1, -1, a -> {
            int[] c = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                int x = Args.ch(name, a[i]).code;
                c[i] = ci ? foldcase(x) : x;
            }
            for (int i = 0; i + 1 < c.length; i++) if (!holds(op, Integer.compare(c[i], c[i + 1]))) return Boolean.FALSE;
            return Boolean.TRUE;
        }));
    }

    static boolean holds(int op, int cmp) {
        return switch (op) {
            case 0 -> cmp == 0;
            case 1 -> cmp < 0;
            case 2 -> cmp > 0;
            case 3 -> cmp <= 0;
            default -> cmp >= 0;
        };
    }

    private static void test(PrimitiveTable t, String name, CharTest f) {
        t.add(Primitive.of1(name, v -> Args.bool(f.test(Args.ch(name, v).code))));
    }

    private static void map(PrimitiveTable t, String name, CharMap f) {
        t.add(Primitive.of1(name, v -> Char.of(f.map(Args.ch(name, v).code))));
    }

    public static boolean isNumeric(int c) {
        int ty = Character.getType(c);
        return ty == Character.DECIMAL_DIGIT_NUMBER || ty == Character.LETTER_NUMBER || ty == Character.OTHER_NUMBER;
    }

    /** Unicode White_Space: the separators plus the ASCII controls \t..\r and NEL. */
    public static boolean isWhitespace(int c) {
        return (c >= 9 && c <= 13) || c == 0x85 || Character.isSpaceChar(c);
    }

    public static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    public static boolean isSymbolic(int c) {
        return switch (Character.getType(c)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    public static boolean isGraphic(int c) {
        return switch (Character.getType(c)) {
            case Character.LOWERCASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.TITLECASE_LETTER,
                 Character.UPPERCASE_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                 Character.OTHER_NUMBER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.ENCLOSING_MARK -> true;
            default -> Character.isAlphabetic(c) || isNumeric(c) || isSymbolic(c) || isPunctuation(c);
        };
    }

    /** Simple case folding: lower case of the upper case, except where that loses the letter. */
    public static int foldcase(int c) {
        if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        if (c == 0x130 || c == 0x131) return c; // dotted/dotless i have no simple folding
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    public static String generalCategory(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER -> "lu";
            case Character.LOWERCASE_LETTER -> "ll";
            case Character.TITLECASE_LETTER -> "lt";
            case Character.MODIFIER_LETTER -> "lm";
            case Character.OTHER_LETTER -> "lo";
            case Character.NON_SPACING_MARK -> "mn";
            case Character.COMBINING_SPACING_MARK -> "mc";
            case Character.ENCLOSING_MARK -> "me";
            case Character.DECIMAL_DIGIT_NUMBER -> "nd";
            case Character.LETTER_NUMBER -> "nl";
            case Character.OTHER_NUMBER -> "no";
            case Character.CONNECTOR_PUNCTUATION -> "pc";
            case Character.DASH_PUNCTUATION -> "pd";
            case Character.START_PUNCTUATION -> "ps";
            case Character.END_PUNCTUATION -> "pe";
            case Character.INITIAL_QUOTE_PUNCTUATION -> "pi";
            case Character.FINAL_QUOTE_PUNCTUATION -> "pf";
            case Character.OTHER_PUNCTUATION -> "po";
            case Character.MATH_SYMBOL -> "sm";
            case Character.CURRENCY_SYMBOL -> "sc";
            case Character.MODIFIER_SYMBOL -> "sk";
            case Character.OTHER_SYMBOL -> "so";
            case Character.SPACE_SEPARATOR -> "zs";
            case Character.LINE_SEPARATOR -> "zl";
            case Character.PARAGRAPH_SEPARATOR -> "zp";
            case Character.CONTROL -> "cc";
            case Character.FORMAT -> "cf";
            case Character.SURROGATE -> "cs";
            case Character.PRIVATE_USE -> "co";
            default -> "cn";
        };
    }
}
