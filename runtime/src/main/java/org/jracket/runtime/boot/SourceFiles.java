package org.jracket.runtime.boot;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Eof;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.io.BytesInputPort;
import org.jracket.runtime.namespace.SourceReader;
import org.jracket.runtime.read.ModuleReader;
import org.jracket.runtime.read.Reader;
import org.jracket.runtime.syntax.Syntax;

/** Connects the module system to the reader: how source files become syntax. */
final class SourceFiles implements SourceReader {
    @Override public Syntax readModule(String text, String path) {
        Object r = ModuleReader.readModule(text, path);
        if (r instanceof Syntax s) return s;
        // A file without #lang holds one (module ...) form.
        if (r instanceof Pair p && p.cdr == org.jracket.runtime.data.Null.NULL && p.car instanceof Syntax s) return s;
        throw new IllegalArgumentException(path + ": expected a module (a #lang line or a module form)");
    }

    @Override public List<Syntax> readAll(String text, String path) {
        BytesInputPort in = BytesInputPort.ofString(path, text);
        in.countLines(); // as racket's load handler: locations are line:column
        List<Syntax> forms = new ArrayList<>();
        for (Object f = Reader.readSyntax(path, in); f != Eof.EOF; f = Reader.readSyntax(path, in)) forms.add((Syntax) f);
        return forms;
    }
}
