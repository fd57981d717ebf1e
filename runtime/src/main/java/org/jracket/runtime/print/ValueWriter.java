package org.jracket.runtime.print;

import org.jracket.runtime.data.*;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.io.OutputPort;
import org.jracket.runtime.io.Path;
import org.jracket.runtime.num.NumberPrinter;
import org.jracket.runtime.read.RegexpValue;
import org.jracket.runtime.syntax.Syntax;

/**
 * Writes a value in {@code write} or {@code display} style, or in {@code print} style inside
 * a quote (mode PRINT here always means "quote depth 1": like write, plus reader
 * abbreviations such as {@code 'x}). Unquoted print style is {@link ExpressionPrinter}.
 */
final class ValueWriter {
    private final OutputPort out;
    private final PrintMode mode;
    /** Are quote forms abbreviated ('x)? Always when printing; when writing, if asked. */
    private final boolean abbreviates;

    ValueWriter(OutputPort out, PrintMode mode) {
        this.out = out;
        this.mode = mode;
        this.abbreviates = mode == PrintMode.PRINT
            || (mode == PrintMode.WRITE && PrintParams.isOn(PrintParams.PRINT_READER_ABBREVIATIONS));
    }

    void write(Object v) {
        if (v instanceof MString s) {
            if (mode == PrintMode.DISPLAY) out.writeCodePoints(s.chars, 0, s.chars.length);
            else TextEscapes.writeString(s.chars, s.chars.length, out);
        } else if (v instanceof Pair p) {
            writePair(p);
        } else if (v instanceof Symbol s) {
            out.writeString(mode == PrintMode.DISPLAY ? s.name : SymbolSyntax.symbol(s.name));
        } else if (v instanceof Long || v instanceof Double || isOtherNumber(v)) {
            out.writeString(NumberPrinter.toString(v, 10));
        } else if (v instanceof Boolean b) {
            boolean longForm = PrintParams.isOn(PrintParams.PRINT_BOOLEAN_LONG_FORM);
            out.writeString(b ? (longForm ? "#true" : "#t") : (longForm ? "#false" : "#f"));
        } else if (v instanceof Char c) {
            if (mode == PrintMode.DISPLAY) out.writeChar(c.code);
            else TextEscapes.writeChar(c.code, out);
        } else if (v == Null.NULL) {
            out.writeString("()");
        } else if (v instanceof MVector vec) {
            writeSequence("#(", vec.items, ")");
        } else if (v instanceof Keyword k) {
            out.writeString(mode == PrintMode.DISPLAY ? "#:" + k.name : SymbolSyntax.keyword(k.name));
        } else if (v instanceof Bytes b) {
            if (mode == PrintMode.DISPLAY) out.writeBytes(b.bytes);
            else TextEscapes.writeBytes(b.bytes, out);
        } else if (v instanceof Box b) {
            if (!PrintParams.isOn(PrintParams.PRINT_BOX)) {
                out.writeString("#<box>");
                return;
            }
            out.writeString("#&");
            write(b.value);
        } else if (v instanceof Struct s) {
            writeStruct(s);
        } else if (v instanceof PrintableHash h) {
            writeHash(h);
        } else if (v instanceof MPair mp) {
            writeMPair(mp);
        } else if (v instanceof String s) {
            write(MString.immutable(s));
        } else {
            writeOpaque(v);
        }
    }

    static boolean isOtherNumber(Object v) {
        return v instanceof java.math.BigInteger
            || v instanceof org.jracket.runtime.num.Ratnum || v instanceof org.jracket.runtime.num.Complex;
    }

    private void writeSequence(String open, Object[] items, String close) {
        out.writeString(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) out.writeChar(' ');
            write(items[i]);
        }
        out.writeString(close);
    }

    private void writePair(Pair p) {
        if (abbreviates) {
            String abbrev = Abbreviations.prefix(p);
            if (abbrev != null) {
                out.writeString(abbrev);
                write(((Pair) p.cdr).car);
                return;
            }
        }
        boolean curly = PrintParams.isOn(PrintParams.PRINT_PAIR_CURLY_BRACES);
        out.writeChar(curly ? '{' : '(');
        write(p.car);
        Object rest = p.cdr;
        while (rest instanceof Pair q) {
            if (abbreviates && Abbreviations.prefix(q) != null) break;
            out.writeChar(' ');
            write(q.car);
            rest = q.cdr;
        }
        finishList(rest, curly);
    }

    private void writeMPair(MPair p) {
        boolean curly = PrintParams.isOn(PrintParams.PRINT_MPAIR_CURLY_BRACES);
        out.writeChar(curly ? '{' : '(');
        write(p.car);
        Object rest = p.cdr;
        while (rest instanceof MPair q) {
            out.writeChar(' ');
            write(q.car);
            rest = q.cdr;
        }
        finishList(rest, curly);
    }

    /** Writes an improper tail (if any) and the closing bracket. */
    private void finishList(Object rest, boolean curly) {
        if (rest != Null.NULL) {
            out.writeString(" . ");
            write(rest);
        }
        out.writeChar(curly ? '}' : ')');
    }

    private void writeHash(PrintableHash h) {
        if (!PrintParams.isOn(PrintParams.PRINT_HASH_TABLE) || h.hashPrintOpaque()) {
            out.writeString("#<hash>");
            return;
        }
        out.writeString(h.hashPrintPrefix());
        out.writeChar('(');
        Object[] kv = h.hashPrintEntries();
        for (int i = 0; i < kv.length; i += 2) {
            if (i > 0) out.writeChar(' ');
            out.writeChar('(');
            write(kv[i]);
            out.writeString(" . ");
            write(kv[i + 1]);
            out.writeChar(')');
        }
        out.writeChar(')');
    }

    private void writeStruct(Struct s) {
        Object custom = StructPrinting.customWriter(s);
        if (custom != null) {
            Object modeArg = mode == PrintMode.WRITE ? Boolean.TRUE
                           : mode == PrintMode.DISPLAY ? Boolean.FALSE : (Object) 1L;
            ((Procedure) custom).apply3(s, out, modeArg);
            return;
        }
        if (StructPrinting.hidden(s) || (s.type.prefabKey == null && !s.type.isTransparent())) {
            if (s.type.prop(org.jracket.runtime.prims.StructProps.PROCEDURE) != null) {
                // an applicable struct prints as a procedure, named as object-name names it
                Object name = org.jracket.runtime.prims.MiscPrims.objectName(s);
                out.writeString(name instanceof org.jracket.runtime.data.Symbol sym ? "#<procedure:" + sym.name + ">" : "#<procedure>");
                return;
            }
        }
        if (StructPrinting.hidden(s)) {
            out.writeString("#<" + s.type.name.name + ">");
            return;
        }
        if (s.type.prefabKey != null) {
            out.writeString("#s(");
            write(s.type.prefabKey);
            for (Object f : s.fields) { out.writeChar(' '); write(f); }
            out.writeChar(')');
            return;
        }
        Object[] fields = StructPrinting.visibleFields(s);
        if (fields == null) {
            out.writeString("#<" + s.type.name.name + ">");
            return;
        }
        out.writeString("#(struct:" + s.type.name.name);
        for (Object f : fields) {
            out.writeChar(' ');
            if (f == StructPrinting.ELLIPSIS) out.writeString("..."); else write(f);
        }
        out.writeChar(')');
    }

    private void writeOpaque(Object v) {
        if (v instanceof Path p) {
            out.writeString(mode == PrintMode.DISPLAY ? p.text : "#<path:" + p.text + ">");
        } else if (PrintHooks.tryExtensions(v, out, mode)) {
            return;
        } else if (v instanceof Procedure proc) {
            String name = proc.name();
            out.writeString(name == null ? "#<procedure>" : "#<procedure:" + name + ">");
        } else if (v instanceof RegexpValue rx) {
            out.writeString(rx.pregexp ? "#px" : "#rx");
            if (rx.bytes) out.writeChar('#');
            int[] cs = rx.source.codePoints().toArray();
            TextEscapes.writeString(cs, cs.length, out);
        } else if (v instanceof Syntax stx) {
            writeSyntax(stx);
        } else if (v instanceof OutputPort p) {
            out.writeString("#<output-port:" + portName(p.name) + ">");
        } else if (v instanceof InputPort p) {
            out.writeString("#<input-port:" + portName(p.name) + ">");
        } else {
            out.writeString(String.valueOf(v));
        }
    }

    private static String portName(Object name) {
        return name instanceof Path p ? p.text : Printer.toDisplayString(name);
    }

    private void writeSyntax(Syntax stx) {
        out.writeString("#<syntax");
        // the location as in error messages (a path below the current directory is relative)
        String where = stx.loc == null ? null : stx.loc.describe(org.jracket.runtime.io.KernelAccess.currentDirectory());
        if (where != null) out.writeString(":" + where);
        out.writeChar(' ');
        new ValueWriter(out, PrintMode.WRITE).write(org.jracket.runtime.read.SyntaxStrip.strip(stx));
        out.writeChar('>');
    }
}
