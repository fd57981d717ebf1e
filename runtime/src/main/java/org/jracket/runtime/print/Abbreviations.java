package org.jracket.runtime.print;

import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;

/** The reader abbreviations print style uses: {@code (quote x)} prints as {@code 'x}, etc. */
final class Abbreviations {
    private Abbreviations() {}

    private static final Symbol QUOTE = Symbol.of("quote");
    private static final Symbol QUASIQUOTE = Symbol.of("quasiquote");
    private static final Symbol UNQUOTE = Symbol.of("unquote");
    private static final Symbol UNQUOTE_SPLICING = Symbol.of("unquote-splicing");
    private static final Symbol SYNTAX = Symbol.of("syntax");
    private static final Symbol QUASISYNTAX = Symbol.of("quasisyntax");
    private static final Symbol UNSYNTAX = Symbol.of("unsyntax");
    private static final Symbol UNSYNTAX_SPLICING = Symbol.of("unsyntax-splicing");

    /** The prefix for a two-element list headed by an abbreviation symbol, or null. */
    static String prefix(Pair p) {
        if (!(p.car instanceof Symbol s) || !(p.cdr instanceof Pair rest) || rest.cdr != Null.NULL) {
            return null;
        }
        if (s == QUOTE) return "'";
        if (s == QUASIQUOTE) return "`";
        if (s == UNQUOTE) return ",";
        if (s == UNQUOTE_SPLICING) return ",@";
        if (s == SYNTAX) return "#'";
        if (s == QUASISYNTAX) return "#`";
        if (s == UNSYNTAX) return "#,";
        if (s == UNSYNTAX_SPLICING) return "#,@";
        return null;
    }
}
