package org.jracket.runtime.expand;

import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.print.Printer;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/**
 * Raises {@code exn:fail:syntax} with Racket 8.7's message layout:
 * {@code "src:line:col: who: message\n  at: sub\n  in: form"}, where the location is the
 * sub-form's (else the form's) and the source is shown relative to the current directory
 * when it lies below it.
 */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    public static RuntimeException raise(String who, String message, Syntax form, Syntax sub) {
        return raiseTyped(ExnTypes.SYNTAX, who, message, form, sub, "");
    }

    /** "x: unbound identifier\n  in: x" as exn:fail:syntax:unbound. */
    public static RuntimeException unbound(Syntax id, String extra) {
        return raiseTyped(ExnTypes.SYNTAX_UNBOUND, id.sym().name, "unbound identifier" + extra, id, null, "");
    }

    /** "who: bad syntax\n  in: form" */
    public static RuntimeException badSyntax(Syntax form) {
        return raise(formName(form), "bad syntax", form, null);
    }

    public static RuntimeException raiseTyped(org.jracket.runtime.data.StructType type, String who, String message,
                                              Syntax form, Syntax sub, String suffix) {
        StringBuilder sb = new StringBuilder();
        Syntax where = sub != null && sub.loc.source() != null ? sub : form;
        if (where != null) sb.append(locationPrefix(where.loc));
        if (who != null) sb.append(who).append(": ");
        sb.append(message);
        if (sub != null) sb.append("\n  at: ").append(Printer.toWriteString(Syntax.toDatum(sub)));
        if (form != null) sb.append("\n  in: ").append(Printer.toWriteString(Syntax.toDatum(form)));
        sb.append(suffix);
        // as raise-syntax-error: the sub-form alone if there is one, else the form
        Syntax expr = sub != null ? sub : form;
        Object exprs = expr != null ? Pair.list(expr) : org.jracket.runtime.data.Null.NULL;
        return Errors.raise(type, sb.toString(), exprs);
    }

    /** The name of a form for error messages: its head identifier, or the identifier itself. */
    public static String formName(Syntax form) {
        if (form.isIdentifier()) return form.sym().name;
        if (form.content() instanceof Pair p && p.car instanceof Syntax h && h.isIdentifier()) return h.sym().name;
        return "?";
    }

    /** "src:line:col: " (or "src::pos: ") for a location with a source, else "". */
    public static String locationPrefix(SrcLoc loc) {
        String where = loc == null ? null : loc.describe(org.jracket.runtime.io.KernelAccess.currentDirectory());
        return where == null ? "" : where + ": ";
    }
}
