package org.jracket.runtime.expand;

import java.util.Set;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.module.ModuleExports;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.BulkBinding;

/**
 * A whole-module import as one bulk binding: the names {@code module} provides at
 * {@code phase}, optionally prefixed and minus exclusions, bound with nominal information
 * for a require at {@code level}. A record (not a lambda) so that compiled modules can
 * write it by its parts and rebuild it on load.
 */
public record BulkImport(ModuleName module, int phase, String prefix, Set<Symbol> except, int level,
                         ModuleExports exports) implements BulkBinding {
    @Override public Binding lookup(Symbol sym) {
        String n = sym.name;
        if (!prefix.isEmpty()) {
            if (!n.startsWith(prefix)) return null;
            n = n.substring(prefix.length());
        }
        Symbol ext = prefix.isEmpty() ? sym : Symbol.of(n);
        if (except.contains(ext)) return null;
        Binding.Module b = exports.lookup(phase, ext);
        return b == null ? null : RequireSpecs.nominal(b, module, phase, ext, level);
    }
}
