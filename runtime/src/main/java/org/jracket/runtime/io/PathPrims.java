package org.jracket.runtime.io;

import java.nio.charset.StandardCharsets;
import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** Path values: construction, conversion and decomposition (Unix paths, no filesystem access). */
public final class PathPrims {
    private PathPrims() {}

    private static final Symbol UP = Symbol.of("up");
    private static final Symbol SAME = Symbol.of("same");

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of1("path?", v -> v instanceof Path));
        t.add(Primitive.of1("path-string?", v -> v instanceof Path
                || (v instanceof MString s && s.length() > 0 && s.toString().indexOf('\0') < 0)));
        t.add(Primitive.of1("string->path", v -> {
            if (!(v instanceof MString s)) throw Errors.contract("string->path", "string?", v);
            if (s.length() == 0) throw Errors.contractFail("string->path: path string is empty");
            return new Path(s.toString());
        }));
        t.add(Primitive.of1("bytes->path", v -> {
            if (!(v instanceof Bytes b)) throw Errors.contract("bytes->path", "bytes?", v);
            return new Path(new String(b.bytes, StandardCharsets.UTF_8));
        }));
        t.add(Primitive.of1("path->string", v -> {
            if (!(v instanceof Path p)) throw Errors.contract("path->string", "path?", v);
            return MString.mutable(p.text);
        }));
        t.add(Primitive.of1("path->bytes", v -> {
            if (!(v instanceof Path p)) throw Errors.contract("path->bytes", "path?", v);
            return new Bytes(p.text.getBytes(StandardCharsets.UTF_8), false);
        }));
        t.add(Primitive.ofN("build-path", 1, -1, PathPrims::buildPath));
        t.add(Primitive.ofN("relative-path?", 1, 1, a -> !IoArgs.pathString("relative-path?", a, 0).startsWith("/")));
        t.add(Primitive.ofN("absolute-path?", 1, 1, a -> IoArgs.pathString("absolute-path?", a, 0).startsWith("/")));
        t.add(Primitive.ofN("complete-path?", 1, 1, a -> IoArgs.pathString("complete-path?", a, 0).startsWith("/")));
        t.add(Primitive.ofN("path->complete-path", 1, 2, a -> {
            String p = IoArgs.pathString("path->complete-path", a, 0);
            if (p.startsWith("/")) return new Path(p);
            String base = a.length > 1 ? IoArgs.pathString("path->complete-path", a, 1)
                        : KernelAccess.syscalls().getcwd();
            return new Path(FilePrims.withSlash(base) + p);
        }));
        t.add(Primitive.ofN("split-path", 1, 1, a -> splitPath(IoArgs.pathString("split-path", a, 0))));
        PathNamePrims.register(t);
    }

    private static Object buildPath(Object[] a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            String part;
            if (a[i] == UP) part = "..";
            else if (a[i] == SAME) part = ".";
            else if (a[i] instanceof Path p) part = p.text;
            else if (a[i] instanceof MString s && s.length() > 0) part = s.toString();
            else throw Errors.contractArg("build-path", "(or/c path-string? path-for-some-system? 'up 'same)", i, a);
            if (i > 0 && part.startsWith("/")) {
                throw Errors.contractArg("build-path", "(or/c path-string? path-for-some-system? 'up 'same)", i, a);
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '/') sb.append('/');
            sb.append(part);
        }
        return new Path(sb.toString());
    }

    /** (values base name must-be-dir?) as Racket's split-path returns them. */
    static Object splitPath(String p) {
        int end = p.length();
        while (end > 1 && p.charAt(end - 1) == '/') end--;
        boolean dir = end < p.length();
        if (end == 1 && p.charAt(0) == '/') {
            return new MultipleValues(new Object[] {Boolean.FALSE, new Path("/"), Boolean.TRUE});
        }
        String body = p.substring(0, end);
        int slash = body.lastIndexOf('/');
        String nameText = body.substring(slash + 1);
        Object base = slash < 0 ? Symbol.of("relative") : new Path(body.substring(0, slash + 1));
        Object name;
        if (nameText.equals("..")) { name = UP; dir = true; }
        else if (nameText.equals(".")) { name = SAME; dir = true; }
        else name = new Path(nameText);
        return new MultipleValues(new Object[] {base, name, dir});
    }
}
