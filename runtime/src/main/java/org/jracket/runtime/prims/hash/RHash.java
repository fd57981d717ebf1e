package org.jracket.runtime.prims.hash;

import java.util.function.BiConsumer;
import org.jracket.runtime.prims.Equality;
import org.jracket.runtime.print.PrintableHash;

/**
 * A Racket hash table: either a {@link MutableHash} ({@code make-hash}, ...) or a persistent
 * {@link ImmutableHash} ({@code hash}, {@code hash-set}, ...).
 *
 * <p>Public API for the printer and other Java code:
 * <ul>
 *   <li>{@link #kind()}: EQUAL / EQV / EQ (prints as {@code #hash}, {@code #hasheqv}, {@code #hasheq});
 *   <li>{@link #isMutable()}, {@link #isWeak()}, {@link #count()};
 *   <li>{@link #get(Object)} (null when absent: no Racket value is Java null);
 *   <li>{@link #forEach(BiConsumer)} visits entries in the table's iteration order
 *       (insertion order for mutable tables, a deterministic trie order for immutable ones);
 *   <li>iteration positions ({@code hash-iterate-*}): {@link #iterFirst()}, {@link #iterNext(int)}
 *       (-1 = no more), {@link #iterKey(int)} / {@link #iterValue(int)} (null = bad position).
 *       Each step is O(1) amortised.
 * </ul>
 */
public abstract class RHash implements PrintableHash {
    protected final HashKind kind;

    protected RHash(HashKind kind) { this.kind = kind; }

    public final HashKind kind() { return kind; }

    public abstract boolean isMutable();

    public abstract boolean isWeak();

    public abstract int count();

    /** The value for key, or null if absent. */
    public abstract Object get(Object key);

    /** The key the table holds for key (hash-ref-key), or null if absent. */
    public abstract Object getKey(Object key);

    public abstract int iterFirst();

    /** The position after pos, -1 at the end, or -2 if pos is not a valid position. */
    public abstract int iterNext(int pos);

    public abstract Object iterKey(int pos);

    public abstract Object iterValue(int pos);

    public abstract void forEach(BiConsumer<Object, Object> f);

    /** equal? on tables: same kind, mutability and weakness, and equal? values per key. */
    public boolean contentEquals(RHash o) {
        if (o == this) return true;
        if (o.kind != kind || o.isMutable() != isMutable() || o.isWeak() != isWeak() || o.count() != count()) return false;
        boolean[] ok = {true};
        forEach((k, v) -> {
            if (!ok[0]) return;
            Object w = o.get(k);
            if (w == null || !Equality.equal(v, w)) ok[0] = false;
        });
        return ok[0];
    }

    /** Order-independent hash consistent with {@link #contentEquals}. */
    public int contentHash() {
        int[] h = {kind.ordinal() * 1000003 + (isMutable() ? 7 : 0)};
        forEach((k, v) -> h[0] += kind.hash(k) * 31 ^ Equality.equalHash(v));
        return h[0];
    }

    @Override public String hashPrintPrefix() {
        return switch (kind) { case EQUAL -> "#hash"; case EQV -> "#hasheqv"; case EQ -> "#hasheq"; };
    }

    @Override public boolean hashPrintOpaque() { return isWeak(); }

    @Override public Object[] hashPrintEntries() {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        forEach((k, v) -> { out.add(k); out.add(v); });
        return org.jracket.runtime.print.HashPrintOrder.of(out.toArray());
    }
}
