package org.jracket.runtime.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** Path arithmetic of racket/base: elements, simplification, extensions, ordering. */
final class PathNamePrims {
    private PathNamePrims() {}

    private static final Symbol UP = Symbol.of("up");
    private static final Symbol SAME = Symbol.of("same");
    private static final String PATH_ARG = "(or/c path-string? path-for-some-system?)";

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("explode-path", 1, 1, a -> explode(pathArg("explode-path", a, 0))));
        t.add(Primitive.ofN("simplify-path", 1, 2, a -> new Path(PathOps.simplify(pathArg("simplify-path", a, 0)))));
        t.add(Primitive.ofN("path->directory-path", 1, 1, a -> {
            String p = pathArg("path->directory-path", a, 0);
            return new Path(p.endsWith("/") ? p : p + "/");
        }));
        t.add(Primitive.ofN("path<?", 1, -1, PathNamePrims::pathLess));
        t.add(Primitive.ofN("path-add-extension", 2, 2, a -> new Path(PathOps.addExtension(
                pathArg("path-add-extension", a, 0), extArg("path-add-extension", a, 1)))));
        t.add(Primitive.ofN("path-add-suffix", 2, 2, a -> new Path(PathOps.addExtension(
                pathArg("path-add-suffix", a, 0), extArg("path-add-suffix", a, 1)))));
        t.add(Primitive.ofN("path-replace-extension", 2, 2, a -> new Path(PathOps.replaceExtension(
                pathArg("path-replace-extension", a, 0), extArg("path-replace-extension", a, 1)))));
        t.add(Primitive.ofN("path-replace-suffix", 2, 2, a -> new Path(PathOps.replaceExtension(
                pathArg("path-replace-suffix", a, 0), extArg("path-replace-suffix", a, 1)))));
        t.add(Primitive.of1("string->path-element", v -> {
            if (!(v instanceof MString s)) throw Errors.contract("string->path-element", "string?", v);
            return element("string->path-element", s.toString(), v);
        }));
        t.add(Primitive.of1("bytes->path-element", v -> {
            if (!(v instanceof Bytes b)) throw Errors.contract("bytes->path-element", "bytes?", v);
            return element("bytes->path-element", new String(b.bytes, StandardCharsets.UTF_8), v);
        }));
        t.add(Primitive.of1("path-element->string", v -> MString.mutable(elementArg("path-element->string", v))));
        t.add(Primitive.of1("path-element->bytes", v ->
                new Bytes(elementArg("path-element->bytes", v).getBytes(StandardCharsets.UTF_8), false)));
        t.add(Primitive.of1("path-for-some-system?", v -> v instanceof Path));
        t.add(Primitive.ofN("path-convention-type", 1, 1, a -> Symbol.of("unix")));
        t.add(Primitive.ofN("system-path-convention-type", 0, 0, a -> Symbol.of("unix")));
    }

    static String pathArg(String who, Object[] a, int i) {
        Object v = a[i];
        if (v instanceof Path p) return p.text;
        if (v instanceof MString s && s.length() > 0 && s.toString().indexOf('\0') < 0) return s.toString();
        throw Errors.contractArg(who, PATH_ARG, i, a);
    }

    private static String extArg(String who, Object[] a, int i) {
        if (a[i] instanceof MString s) return s.toString();
        if (a[i] instanceof Bytes b) return new String(b.bytes, StandardCharsets.UTF_8);
        throw Errors.contractArg(who, "(or/c string? bytes?)", i, a);
    }

    private static Object explode(String p) {
        List<String> es = PathOps.elements(p);
        Object r = Null.NULL;
        for (int i = es.size() - 1; i >= 0; i--) {
            String e = es.get(i);
            Object v = e.equals("..") ? UP : e.equals(".") ? SAME : new Path(e);
            r = new Pair(v, r);
        }
        return r;
    }

    private static Object pathLess(Object[] a) {
        for (int i = 0; i < a.length; i++) if (!(a[i] instanceof Path)) throw Errors.contractArg("path<?", "path?", i, a);
        for (int i = 0; i + 1 < a.length; i++) {
            byte[] x = ((Path) a[i]).text.getBytes(StandardCharsets.UTF_8);
            byte[] y = ((Path) a[i + 1]).text.getBytes(StandardCharsets.UTF_8);
            if (java.util.Arrays.compareUnsigned(x, y) >= 0) return Boolean.FALSE;
        }
        return Boolean.TRUE;
    }

    private static Object element(String who, String s, Object given) {
        if (PathOps.isElement(s) && s.indexOf('\0') < 0) return new Path(s);
        throw Errors.contractFail(who + ": cannot be converted to a path element\n  path: "
                + org.jracket.runtime.print.Printer.toWriteString(given)
                + "\n  explanation: path can be split, is not relative, or names a special element");
    }

    private static String elementArg(String who, Object v) {
        if (v instanceof Path p && PathOps.isElement(p.text)) return p.text;
        throw Errors.contract(who, "path-element?", v);
    }
}
