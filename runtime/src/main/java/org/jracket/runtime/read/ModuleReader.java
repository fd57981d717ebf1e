package org.jracket.runtime.read;

import java.util.List;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.io.BytesInputPort;
import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.io.Path;
import org.jracket.runtime.print.CharNames;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/**
 * Reads a module file the way the module loader needs it. A file starting with
 * {@code #lang L} becomes the syntax {@code (module NAME L form ...)} (NAME: the file name
 * without its extension), located like Racket's module reader does it: the module, NAME
 * and L start where L starts. A file without {@code #lang} yields a list of its forms.
 */
public final class ModuleReader {
    private ModuleReader() {}

    /**
     * source is the path (a {@link Path} or String) used in srclocs and error messages.
     * Returns a {@link Syntax} for a #lang file, else a Racket list of syntax forms.
     */
    public static Object readModule(String text, Object source) {
        InputPort in = BytesInputPort.ofString(source, text);
        in.countLines();
        skipBlankAndLineComments(in);
        String lang = langName(in);
        if (lang == null) {
            Object r = Null.NULL;
            List<Object> forms = Reader.readAllSyntax(source, in);
            for (int i = forms.size() - 1; i >= 0; i--) r = new Pair(forms.get(i), r);
            return r;
        }
        return readLangBody(in, source, lang);
    }

    /** The module name Racket derives from a file name: "x.rkt" gives x. */
    public static Symbol moduleName(Object source) {
        String p = source instanceof Path path ? path.text : String.valueOf(source);
        String file = p.substring(p.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return Symbol.of(dot > 0 ? file.substring(0, dot) : file);
    }

    private static void skipBlankAndLineComments(InputPort in) {
        while (true) {
            int c = in.peekChar();
            if (c >= 0 && CharNames.isWhitespace(c)) { in.readChar(); continue; }
            if (c == ';') {
                while (c != '\n' && c != InputPort.EOF) c = in.readChar();
                continue;
            }
            return;
        }
    }

    /** Consumes "#lang " or "#!" and returns the language name, or null if absent. */
    private static String langName(InputPort in) {
        if (in.peekChar() != '#') return null;
        if (matches(in, "#lang ")) {
            for (int i = 0; i < 6; i++) in.readChar();
        } else if (in.peekChar(1) == '!' && Character.isLetter(in.peekChar(2))) {
            in.readChar(); in.readChar();
        } else {
            return null;
        }
        return "";
    }

    private static boolean matches(InputPort in, String s) {
        for (int i = 0; i < s.length(); i++) if (in.peekChar(i) != s.charAt(i)) return false;
        return true;
    }

    private static Object readLangBody(InputPort in, Object source, String ignored) {
        int line = in.line(), col = in.column();
        long pos = in.position();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peekChar();
            if (c == InputPort.EOF || CharNames.isWhitespace(c)) break;
            sb.appendCodePoint(in.readChar());
        }
        String lang = sb.toString();
        SrcLoc at = new SrcLoc(source, line, col, (int) pos, 0);
        Object langStx = new Syntax(Symbol.of(lang),
                new SrcLoc(source, line, col, (int) pos, (int) (in.position() - pos)));
        List<Object> forms = Reader.readAllSyntax(source, in);
        Object body = Null.NULL;
        for (int i = forms.size() - 1; i >= 0; i--) body = new Pair(forms.get(i), body);
        Object e = new Pair(new Syntax(Symbol.of("module"), at),
                   new Pair(new Syntax(moduleName(source), at), new Pair(langStx, body)));
        return new Syntax(e, new SrcLoc(source, line, col, (int) pos, (int) (in.position() - pos)));
    }
}
