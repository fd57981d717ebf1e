package org.jracket.runtime.print;

import org.jracket.runtime.data.*;
import org.jracket.runtime.io.OutputPort;

/**
 * {@code print} at quote depth 0 with {@code print-as-expression} on: a value that can be
 * written as a quoted literal prints as {@code 'literal}; one containing something that
 * cannot (mutable pairs, transparent structs) prints as constructor calls such as
 * {@code (list 1 (point 1 2))}, whose quotable parts are again printed quoted.
 */
final class ExpressionPrinter {
    private final OutputPort out;
    private final ValueWriter quoted;

    ExpressionPrinter(OutputPort out) {
        this.out = out;
        this.quoted = new ValueWriter(out, PrintMode.PRINT);
    }

    void print(Object v) {
        if (Quotability.isQuotable(v)) {
            if (v instanceof Struct s && StructPrinting.customWriter(s) != null) {
                if (StructPrinting.quotable(s).equals("always")) out.writeChar('\'');
                else {
                    ((Procedure) StructPrinting.customWriter(s)).apply3(s, out, 0L);
                    return;
                }
            } else if (needsQuote(v)) {
                out.writeChar('\'');
            }
            quoted.write(v);
            return;
        }
        printConstructor(v);
    }

    /** Quotable values whose literal form is not self-evaluating. */
    private static boolean needsQuote(Object v) {
        return v instanceof Symbol || v instanceof Keyword || v == Null.NULL || v instanceof Pair
            || v instanceof MVector || v instanceof Box || v instanceof PrintableHash
            || (v instanceof Struct s && s.type.prefabKey != null);
    }

    private void printConstructor(Object v) {
        if (v instanceof Pair p) {
            printPairConstructor(p);
        } else if (v instanceof MPair mp) {
            call("mcons", mp.car, mp.cdr);
        } else if (v instanceof MVector vec) {
            call(vec.immutable ? "vector-immutable" : "vector", vec.items);
        } else if (v instanceof Box b) {
            call(b.immutable ? "box-immutable" : "box", b.value);
        } else if (v instanceof PrintableHash h) {
            String prefix = h.hashPrintPrefix();
            call("hash" + prefix.substring(5), h.hashPrintEntries());
        } else if (v instanceof Struct s) {
            printStructConstructor(s);
        } else {
            quoted.write(v);
        }
    }

    private void printPairConstructor(Pair p) {
        String abbrev = Abbreviations.prefix(p);
        if (abbrev != null) {
            out.writeString(abbrev);
            print(((Pair) p.cdr).car);
            return;
        }
        int n = 0;
        Object rest = p;
        while (rest instanceof Pair q) { n++; rest = q.cdr; }
        if (rest == Null.NULL) { call("list", Pair.toArray(p)); return; }
        Object[] items = new Object[n + 1];
        rest = p;
        for (int i = 0; i < n; i++) { Pair q = (Pair) rest; items[i] = q.car; rest = q.cdr; }
        items[n] = rest;
        call(n == 1 ? "cons" : "list*", items);
    }

    private void printStructConstructor(Struct s) {
        Object custom = StructPrinting.customWriter(s);
        if (custom != null) {
            ((Procedure) custom).apply3(s, out, 0L);
            return;
        }
        if (s.type.prefabKey != null) {
            Object[] args = new Object[s.fields.length + 1];
            args[0] = new Pair(Symbol.of("quote"), new Pair(s.type.prefabKey, Null.NULL));
            System.arraycopy(s.fields, 0, args, 1, s.fields.length);
            call("make-prefab-struct", args);
            return;
        }
        Object[] fields = StructPrinting.visibleFields(s);
        out.writeChar('(');
        out.writeString(s.type.name.name);
        for (Object f : fields) {
            out.writeChar(' ');
            if (f == StructPrinting.ELLIPSIS) out.writeString("..."); else print(f);
        }
        out.writeChar(')');
    }

    private void call(String fn, Object... args) {
        out.writeChar('(');
        out.writeString(fn);
        for (Object a : args) {
            out.writeChar(' ');
            print(a);
        }
        out.writeChar(')');
    }
}
