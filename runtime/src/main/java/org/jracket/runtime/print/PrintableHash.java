package org.jracket.runtime.print;

/**
 * Implemented by hash-table values so the printer can show them without knowing their
 * representation: {@code #hash((k . v) ...)}.
 */
public interface PrintableHash {
    /** "#hash", "#hasheqv" or "#hasheq" (also for mutable and weak tables, as Racket prints). */
    String hashPrintPrefix();

    /** True for tables Racket prints opaquely as {@code #<hash>} (weak ones). */
    default boolean hashPrintOpaque() { return false; }

    /** Keys and values interleaved (k0, v0, k1, v1, ...) in the order Racket prints them. */
    Object[] hashPrintEntries();
}
