package org.jracket.runtime.namespace;

import java.util.List;
import org.jracket.runtime.syntax.Syntax;

/**
 * How the module system reads source text: the reader package supplies the implementation
 * ({@link #install}); until then a reflective default looks for it.
 */
public interface SourceReader {
    /** A module file's text as one {@code (module NAME LANG form ...)} syntax object. */
    Syntax readModule(String text, String path);

    /** All forms of a file (for load), as syntax with source locations. */
    List<Syntax> readAll(String text, String path);

    static void install(SourceReader r) { Holder.reader = r; }

    static SourceReader current() {
        SourceReader r = Holder.reader;
        if (r == null) throw new IllegalStateException("no SourceReader installed");
        return r;
    }

    final class Holder {
        private Holder() {}
        static volatile SourceReader reader = new SourceReader() {
            @Override public Syntax readModule(String text, String path) {
                Object r = org.jracket.runtime.read.ModuleReader.readModule(text, path);
                if (r instanceof Syntax s) return s;
                List<Syntax> forms = Syntax.listOf(r);
                if (forms != null && forms.size() == 1) return forms.get(0);
                throw org.jracket.runtime.exn.Errors.fail("load: expected a `module` declaration in " + path);
            }

            @Override public List<Syntax> readAll(String text, String path) {
                Object r = org.jracket.runtime.read.ModuleReader.readModule(text, path);
                if (r instanceof Syntax s) return List.of(s);
                return Syntax.listOf(r);
            }
        };
    }
}
