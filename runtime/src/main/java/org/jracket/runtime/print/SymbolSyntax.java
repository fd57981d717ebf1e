package org.jracket.runtime.print;

import org.jracket.runtime.num.NumberParser;

/**
 * How {@code write} spells symbols and keywords so that they read back: names that would
 * read as something else get {@code |bars|}; names containing a bar instead get a
 * backslash before each special character (bars cannot quote a bar).
 */
final class SymbolSyntax {
    private SymbolSyntax() {}

    /** Characters that end or alter a symbol token. */
    static boolean isDelimiterLike(int c) {
        return switch (c) {
            case '(', ')', '[', ']', '{', '}', '"', ',', '\'', '`', ';', '|', '\\' -> true;
            default -> CharNames.isWhitespace(c);
        };
    }

    static String symbol(String name) {
        if (!needsQuoting(name, true)) return name;
        return quote(name);
    }

    static String keyword(String name) {
        return "#:" + (needsQuoting(name, false) ? quote(name) : name);
    }

    private static String quote(String name) {
        if (name.indexOf('|') < 0) return "|" + name + "|";
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (isDelimiterLike(c) || (i == 0 && c == '#')) sb.append('\\');
            sb.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static boolean needsQuoting(String name, boolean isSymbol) {
        if (name.isEmpty()) return isSymbol;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (isDelimiterLike(c)) return true;
            i += Character.charCount(c);
        }
        if (!isSymbol) return false;
        if (name.equals(".")) return true;
        if (name.charAt(0) == '#') return !name.startsWith("#%");
        char c0 = name.charAt(0);
        // Only tokens that start like a number can read as one.
        if ((c0 >= '0' && c0 <= '9') || c0 == '+' || c0 == '-' || c0 == '.') {
            return NumberParser.parse(name, 10) != null;
        }
        return false;
    }
}
