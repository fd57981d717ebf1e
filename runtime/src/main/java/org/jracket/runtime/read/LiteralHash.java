package org.jracket.runtime.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jracket.runtime.print.PrintableHash;

/**
 * Stand-in immutable hash for {@code #hash(...)} literals until the hash-table
 * implementation installs its factory in {@link ReaderHooks}. Later duplicate keys replace
 * earlier ones, as in Racket; keys compare with Java equals (enough for interned symbols,
 * fixnums and characters).
 */
public final class LiteralHash implements PrintableHash {
    public final String kind;
    private final List<Object> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    public LiteralHash(String kind, Object[] keysAndValues) {
        this.kind = kind;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            int at = indexOf(keysAndValues[i]);
            if (at >= 0) values.set(at, keysAndValues[i + 1]);
            else { keys.add(keysAndValues[i]); values.add(keysAndValues[i + 1]); }
        }
    }

    private int indexOf(Object k) {
        for (int i = 0; i < keys.size(); i++) if (Objects.equals(keys.get(i), k)) return i;
        return -1;
    }

    /** The value for k, or null. */
    public Object get(Object k) {
        int i = indexOf(k);
        return i < 0 ? null : values.get(i);
    }

    public int size() { return keys.size(); }

    @Override public String hashPrintPrefix() {
        return kind.equals("equal") ? "#hash" : "#hash" + kind;
    }

    @Override public Object[] hashPrintEntries() {
        Object[] r = new Object[keys.size() * 2];
        for (int i = 0; i < keys.size(); i++) { r[2 * i] = keys.get(i); r[2 * i + 1] = values.get(i); }
        return org.jracket.runtime.print.HashPrintOrder.of(r);
    }
}
