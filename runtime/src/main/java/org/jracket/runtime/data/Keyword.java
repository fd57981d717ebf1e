package org.jracket.runtime.data;

import java.util.concurrent.ConcurrentHashMap;

/** A Racket keyword ({@code #:name}); interned, so {@code eq?} is reference equality. */
public final class Keyword implements Comparable<Keyword> {
    private static final ConcurrentHashMap<String, Keyword> TABLE = new ConcurrentHashMap<>();
    public final String name;

    private Keyword(String name) { this.name = name; }

    public static Keyword of(String name) {
        Keyword k = TABLE.get(name);
        return k != null ? k : TABLE.computeIfAbsent(name, Keyword::new);
    }

    /** Keywords sort by their names (as {@code keyword<?} and keyword-apply require). */
    @Override public int compareTo(Keyword o) { return name.compareTo(o.name); }

    @Override public String toString() { return "#:" + name; }
}
