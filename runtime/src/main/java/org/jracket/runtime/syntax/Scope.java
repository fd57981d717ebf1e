package org.jracket.runtime.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jracket.runtime.data.Symbol;

/**
 * A scope in the sets-of-scopes model (M. Flatt, "Binding as Sets of Scopes", POPL 2016).
 * A binding is recorded in the table of one scope of the binding's scope set (the most
 * recently created one, which is usually the most specific and holds the fewest entries), so
 * resolving an identifier only consults the scopes the identifier carries.
 *
 * <p>Identity is the object; {@link #id} orders scopes inside a {@link ScopeSet}. Scopes created
 * while expanding a module are mutated only by that expansion; afterwards the module's
 * declaration (shared by all places) only reads them.
 */
public class Scope {
    private static final AtomicLong COUNTER = new AtomicLong();

    public final long id;
    /** For debugging: "module", "local", "macro", "use-site", "top" ... */
    public final String kind;

    /** Symbol to {@link BindingEntry} or {@code BindingEntry[]}. */
    private HashMap<Symbol, Object> table;
    /** Bulk imports (a whole module's provides under one scope set), newest last. */
    private ArrayList<BulkEntry> bulk;

    /** For a multi-scope's representative: its multi-scope and phase (else null and 0). */
    public final MultiScope multi;
    public final int phase;

    public Scope(String kind) { this(kind, null, 0); }

    /** A representative of multi at phase (compiled modules re-create it through {@link MultiScope#at}). */
    Scope(String kind, MultiScope multi, int phase) {
        this.id = COUNTER.incrementAndGet();
        this.kind = kind;
        this.multi = multi;
        this.phase = phase;
    }

    /** A binding of one symbol under a scope set. */
    public record BindingEntry(ScopeSet scopes, Binding binding) {}

    /** A bulk binding: every name {@code source} answers for is bound under {@code scopes}. */
    public record BulkEntry(ScopeSet scopes, BulkBinding source) {}

    /** Records a binding; an existing entry with the same scope set is replaced (redefinition). */
    public synchronized void addBinding(Symbol sym, ScopeSet scopes, Binding b) {
        if (table == null) table = new HashMap<>();
        BindingEntry entry = new BindingEntry(scopes, b);
        Object old = table.get(sym);
        if (old == null) {
            table.put(sym, entry);
        } else if (old instanceof BindingEntry be) {
            if (be.scopes.equals(scopes)) table.put(sym, entry);
            else table.put(sym, new BindingEntry[] {be, entry});
        } else {
            BindingEntry[] arr = (BindingEntry[]) old;
            for (int i = 0; i < arr.length; i++) {
                if (arr[i].scopes.equals(scopes)) {
                    BindingEntry[] copy = arr.clone();
                    copy[i] = entry;
                    table.put(sym, copy);
                    return;
                }
            }
            BindingEntry[] copy = java.util.Arrays.copyOf(arr, arr.length + 1);
            copy[arr.length] = entry;
            table.put(sym, copy);
        }
    }

    public synchronized void addBulk(ScopeSet scopes, BulkBinding source) {
        if (bulk == null) bulk = new ArrayList<>();
        bulk.add(new BulkEntry(scopes, source));
    }

    /**
     * Adds to {@code out} the candidate bindings of {@code sym} recorded in this scope. Explicit
     * entries come first; for bulk imports only the newest import answering for a scope set
     * counts (a later require shadows the module language, as in Racket).
     */
    public synchronized void candidates(Symbol sym, int phase, List<BindingEntry> out) {
        if (table != null) {
            Object v = table.get(sym);
            if (v instanceof BindingEntry be) out.add(be);
            else if (v != null) java.util.Collections.addAll(out, (BindingEntry[]) v);
        }
        if (bulk != null) {
            for (int i = bulk.size() - 1; i >= 0; i--) {
                BulkEntry e = bulk.get(i);
                boolean shadowed = false;
                for (BindingEntry o : out) if (o.scopes.equals(e.scopes)) { shadowed = true; break; }
                if (shadowed) continue;
                Binding b = e.source.lookup(sym);
                if (b != null) out.add(new BindingEntry(e.scopes, b));
            }
        }
    }

    /** The explicit entries, symbol to entries in insertion order (for serialization). */
    public synchronized java.util.LinkedHashMap<Symbol, BindingEntry[]> entries() {
        java.util.LinkedHashMap<Symbol, BindingEntry[]> out = new java.util.LinkedHashMap<>();
        if (table != null) {
            table.forEach((k, v) -> out.put(k, v instanceof BindingEntry be ? new BindingEntry[] {be} : (BindingEntry[]) v));
        }
        return out;
    }

    /** The bulk imports, oldest first (for serialization). */
    public synchronized List<BulkEntry> bulkEntries() { return bulk == null ? List.of() : List.copyOf(bulk); }

    /** All symbols with explicit entries (for namespace-mapped-symbols and the like). */
    public synchronized List<Symbol> explicitSymbols() {
        return table == null ? List.of() : new ArrayList<>(table.keySet());
    }

    @Override public String toString() { return kind + id; }
}
