package org.jracket.runtime.data;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A Racket symbol. Interned symbols are unique per name across the whole host process (they
 * are immutable, so all places and guests share them); {@code eq?} is reference equality.
 * Uninterned ({@code string->uninterned-symbol}, {@code gensym}) and unreadable symbols are
 * distinct objects with the same printed name.
 */
public final class Symbol {
    public enum Kind { INTERNED, UNINTERNED, UNREADABLE }

    private static final ConcurrentHashMap<String, Symbol> TABLE = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Symbol> UNREADABLE_TABLE = new ConcurrentHashMap<>();

    public final String name;
    public final Kind kind;

    private Symbol(String name, Kind kind) { this.name = name; this.kind = kind; }

    public static Symbol of(String name) {
        Symbol s = TABLE.get(name);
        return s != null ? s : TABLE.computeIfAbsent(name, n -> new Symbol(n, Kind.INTERNED));
    }

    public static Symbol uninterned(String name) { return new Symbol(name, Kind.UNINTERNED); }

    public static Symbol unreadable(String name) {
        return UNREADABLE_TABLE.computeIfAbsent(name, n -> new Symbol(n, Kind.UNREADABLE));
    }

    public boolean isInterned() { return kind == Kind.INTERNED; }

    @Override public String toString() { return name; }
}
