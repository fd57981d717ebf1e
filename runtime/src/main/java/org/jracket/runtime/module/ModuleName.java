package org.jracket.runtime.module;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Symbol;

/**
 * A resolved module path: a root (an absolute file path string, or a symbol for modules
 * declared by name such as {@code '#%kernel}) plus a submodule path. Immutable value.
 */
public record ModuleName(Object root, List<Symbol> subs) {
    public ModuleName {
        subs = List.copyOf(subs);
    }

    // equals and hashCode written out: a record's generated ones link through an invokedynamic
    // bootstrap that the AOT cache does not keep, and the first call spun a dozen method-handle
    // classes (about 10 ms) while the runtime started.
    @Override public boolean equals(Object o) {
        return o instanceof ModuleName m && root.equals(m.root) && subs.equals(m.subs);
    }

    @Override public int hashCode() { return 31 * root.hashCode() + subs.hashCode(); }

    public static ModuleName of(Object root) { return new ModuleName(root, List.of()); }

    public static ModuleName symbol(String name) { return of(Symbol.of(name)); }

    public ModuleName sub(Symbol s) {
        ArrayList<Symbol> l = new ArrayList<>(subs);
        l.add(s);
        return new ModuleName(root, l);
    }

    public ModuleName parent() {
        if (subs.isEmpty()) return null;
        return new ModuleName(root, subs.subList(0, subs.size() - 1));
    }

    public ModuleName top() { return subs.isEmpty() ? this : of(root); }

    public boolean isFile() { return root instanceof String; }

    /** The last name: the submodule name, the file's base name without suffix, or the symbol. */
    public Symbol shortName() {
        if (!subs.isEmpty()) return subs.get(subs.size() - 1);
        if (root instanceof Symbol s) return s;
        String p = (String) root;
        String base = p.substring(p.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return Symbol.of(dot > 0 ? base.substring(0, dot) : base);
    }

    /** The directory of the root file (for relative module paths), or null. */
    public String directory() {
        if (!(root instanceof String p)) return null;
        int slash = p.lastIndexOf('/');
        return slash <= 0 ? "/" : p.substring(0, slash);
    }

    /** As Racket writes it in error messages: 'name, /path/x.rkt, (submod /path/x.rkt sub). */
    public String describe() {
        return withSubmodules(root instanceof Symbol s ? "'" + s.name : (String) root);
    }

    /** As Racket writes it after "in module:" (paths as strings): 'name, "/path/x.rkt", (submod "/path/x.rkt" sub). */
    public String written() {
        return withSubmodules(root instanceof Symbol s ? "'" + s.name
            : '"' + ((String) root).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
    }

    private String withSubmodules(String root) {
        if (subs.isEmpty()) return root;
        StringBuilder sb = new StringBuilder("(submod ").append(root);
        for (Symbol s : subs) sb.append(' ').append(s.name);
        return sb.append(')').toString();
    }

    @Override public String toString() { return describe(); }
}
