package org.jracket.runtime.print;

/**
 * Racket's printer: {@code print} (quote style), {@code write} and {@code display}.
 * PLACEHOLDER: the reader/printer work replaces this with the full implementation.
 */
public final class Printer {
    private Printer() {}

    public static String toPrintString(Object v) { return String.valueOf(v); }
    public static String toWriteString(Object v) { return String.valueOf(v); }
    public static String toDisplayString(Object v) { return String.valueOf(v); }
}
