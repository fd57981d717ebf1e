package org.jracket.runtime.print;

/** Named characters ({@code #\space} ...), shared by the printer and the reader. */
public final class CharNames {
    private CharNames() {}

    /** The name {@code write} uses for c, or null. */
    public static String nameOf(int c) {
        return switch (c) {
            case 0 -> "nul";
            case 8 -> "backspace";
            case 9 -> "tab";
            case 10 -> "newline";
            case 11 -> "vtab";
            case 12 -> "page";
            case 13 -> "return";
            case 32 -> "space";
            case 127 -> "rubout";
            default -> null;
        };
    }

    /** The character a (lower-cased) name denotes for the reader, or -1. */
    public static int fromName(String lower) {
        return switch (lower) {
            case "nul", "null" -> 0;
            case "backspace" -> 8;
            case "tab" -> 9;
            case "newline", "linefeed" -> 10;
            case "vtab" -> 11;
            case "page" -> 12;
            case "return" -> 13;
            case "space" -> 32;
            case "rubout" -> 127;
            default -> -1;
        };
    }

    /** Racket's {@code char-graphic?}: letters, marks, numbers, punctuation and symbols. */
    public static boolean isGraphic(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                 Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Racket's {@code char-blank?}: space separators and tab. */
    public static boolean isBlank(int c) {
        return c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Racket's {@code char-whitespace?} (Unicode White_Space). */
    public static boolean isWhitespace(int c) {
        return (c >= 9 && c <= 13) || c == 0x85 || Character.getType(c) == Character.SPACE_SEPARATOR
            || c == 0x2028 || c == 0x2029;
    }
}
