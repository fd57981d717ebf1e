package org.jracket.runtime.print;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Struct;
import org.jracket.runtime.data.StructProperty;
import org.jracket.runtime.data.StructType;
import org.jracket.runtime.data.Symbol;

/** What the printer may show of a struct instance. */
final class StructPrinting {
    private StructPrinting() {}

    /** Stands for the fields of opaque ancestors: printed as "...". */
    static final Object ELLIPSIS = new Object();

    /** The prop:custom-write procedure of s's type, or null. */
    static Object customWriter(Struct s) {
        StructProperty p = PrintHooks.customWrite;
        return p == null ? null : s.type.prop(p);
    }

    /** The prop:custom-print-quotable symbol name, "self" by default. */
    static String quotable(Struct s) {
        StructProperty p = PrintHooks.customPrintQuotable;
        Object v = p == null ? null : s.type.prop(p);
        return v instanceof Symbol sym ? sym.name : "self";
    }

    /** Does s print as #<name> because print-struct is off (it has no custom writer)? */
    static boolean hidden(Struct s) {
        return !PrintParams.isOn(PrintParams.PRINT_STRUCT) && customWriter(s) == null;
    }

    /**
     * The fields printed for a non-prefab struct, or null if its type is opaque. The fields of
     * each opaque ancestor collapse into one "..." in its place (Racket 8.7's layout).
     */
    static Object[] visibleFields(Struct s) {
        if (!s.type.isTransparent()) return null;
        List<StructType> chain = new ArrayList<>();
        for (StructType t = s.type; t != null; t = t.parent) chain.add(0, t);
        List<Object> shown = new ArrayList<>();
        for (StructType t : chain) {
            if (!t.isTransparent()) {
                if (shown.isEmpty() || shown.get(shown.size() - 1) != ELLIPSIS) shown.add(ELLIPSIS);
                continue;
            }
            for (int i = t.fieldOffset(); i < t.totalFieldCount; i++) shown.add(s.fields[i]);
        }
        return shown.toArray();
    }
}
