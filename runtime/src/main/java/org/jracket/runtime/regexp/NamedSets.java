package org.jracket.runtime.regexp;

import java.util.Map;

/**
 * The named classes of pregexp syntax: \d \w \s, the POSIX [:name:] classes (ASCII only,
 * as in Racket) and the Unicode general categories of \p{..}.
 */
final class NamedSets {
    private NamedSets() {}

    static final UnitSet DIGIT = UnitSet.range('0', '9');
    static final UnitSet ALPHA = UnitSet.range('a', 'z').or(UnitSet.range('A', 'Z'));
    static final UnitSet WORD = ALPHA.or(DIGIT).or(c -> c == '_');
    static final UnitSet SPACE = c -> c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';

    /** Racket 8.7's [:word:] is letters and underscore (no digits). */
    private static final Map<String, UnitSet> POSIX = Map.ofEntries(
            Map.entry("alpha", ALPHA),
            Map.entry("upper", UnitSet.range('A', 'Z')),
            Map.entry("lower", UnitSet.range('a', 'z')),
            Map.entry("digit", DIGIT),
            Map.entry("xdigit", DIGIT.or(UnitSet.range('a', 'f')).or(UnitSet.range('A', 'F'))),
            Map.entry("alnum", ALPHA.or(DIGIT)),
            Map.entry("word", ALPHA.or(c -> c == '_')),
            Map.entry("blank", c -> c == ' ' || c == '\t'),
            Map.entry("space", SPACE),
            Map.entry("graph", UnitSet.range(33, 126)),
            Map.entry("print", UnitSet.range(32, 126)),
            Map.entry("cntrl", UnitSet.range(0, 31)),
            Map.entry("ascii", UnitSet.range(0, 127)));

    static UnitSet posix(String name) { return POSIX.get(name); }

    /** \d \w \s and their negations, or null if c is not one of those letters. */
    static UnitSet escape(int c) {
        return switch (c) {
            case 'd' -> DIGIT;
            case 'D' -> DIGIT.not();
            case 'w' -> WORD;
            case 'W' -> WORD.not();
            case 's' -> SPACE;
            case 'S' -> SPACE.not();
            default -> null;
        };
    }

    static boolean isWord(int c) { return WORD.has(c); }

    /** A \p{name} category, or null if the name is unknown. */
    static UnitSet category(String name) {
        if (name.equals("L&")) return inTypes(Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER);
        if (name.length() == 1) {
            String members = switch (name) {
                case "L" -> "Ll Lu Lt Lm Lo";
                case "N" -> "Nd Nl No";
                case "P" -> "Ps Pe Pi Pf Pc Pd Po";
                case "M" -> "Mn Mc Me";
                case "S" -> "Sc Sk Sm So";
                case "Z" -> "Zl Zp Zs";
                case "C" -> "Cc Cf Cs Cn Co";
                default -> null;
            };
            if (members == null) return null;
            UnitSet s = UnitSet.none();
            for (String m : members.split(" ")) s = s.or(category(m));
            return s;
        }
        Integer type = TYPES.get(name);
        return type == null ? null : inTypes(type);
    }

    private static UnitSet inTypes(int... types) {
        return c -> {
            if (c < 0) return false;
            int t = Character.getType(c);
            for (int x : types) if (x == t) return true;
            return false;
        };
    }

    private static final Map<String, Integer> TYPES = Map.ofEntries(
            Map.entry("Ll", (int) Character.LOWERCASE_LETTER), Map.entry("Lu", (int) Character.UPPERCASE_LETTER),
            Map.entry("Lt", (int) Character.TITLECASE_LETTER), Map.entry("Lm", (int) Character.MODIFIER_LETTER),
            Map.entry("Lo", (int) Character.OTHER_LETTER), Map.entry("Nd", (int) Character.DECIMAL_DIGIT_NUMBER),
            Map.entry("Nl", (int) Character.LETTER_NUMBER), Map.entry("No", (int) Character.OTHER_NUMBER),
            Map.entry("Ps", (int) Character.START_PUNCTUATION), Map.entry("Pe", (int) Character.END_PUNCTUATION),
            Map.entry("Pi", (int) Character.INITIAL_QUOTE_PUNCTUATION), Map.entry("Pf", (int) Character.FINAL_QUOTE_PUNCTUATION),
            Map.entry("Pc", (int) Character.CONNECTOR_PUNCTUATION), Map.entry("Pd", (int) Character.DASH_PUNCTUATION),
            Map.entry("Po", (int) Character.OTHER_PUNCTUATION), Map.entry("Mn", (int) Character.NON_SPACING_MARK),
            Map.entry("Mc", (int) Character.COMBINING_SPACING_MARK), Map.entry("Me", (int) Character.ENCLOSING_MARK),
            Map.entry("Sc", (int) Character.CURRENCY_SYMBOL), Map.entry("Sk", (int) Character.MODIFIER_SYMBOL),
            Map.entry("Sm", (int) Character.MATH_SYMBOL), Map.entry("So", (int) Character.OTHER_SYMBOL),
            Map.entry("Zl", (int) Character.LINE_SEPARATOR), Map.entry("Zp", (int) Character.PARAGRAPH_SEPARATOR),
            Map.entry("Zs", (int) Character.SPACE_SEPARATOR), Map.entry("Cc", (int) Character.CONTROL),
            Map.entry("Cf", (int) Character.FORMAT), Map.entry("Cs", (int) Character.SURROGATE),
            Map.entry("Cn", (int) Character.UNASSIGNED), Map.entry("Co", (int) Character.PRIVATE_USE));
}
