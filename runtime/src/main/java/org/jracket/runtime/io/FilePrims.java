package org.jracket.runtime.io;

import java.util.List;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.exn.ExnTypes;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * File and directory primitives over {@link KernelAccess}. Keyword arguments are handled
 * by Racket-level wrappers, which call the positional forms registered here:
 * {@code (open-input-file* path)} and {@code (open-output-file* path exists-symbol)}.
 */
public final class FilePrims {
    private FilePrims() {}

    private static SystemCalls sys() { return KernelAccess.syscalls(); }

    public static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("open-input-file*", 1, 1, a -> openInput(IoArgs.pathString("open-input-file", a, 0))));
        t.add(Primitive.ofN("open-output-file*", 1, 2, a -> openOutput(IoArgs.pathString("open-output-file", a, 0),
                a.length > 1 ? a[1] : Symbol.of("error"))));
        t.add(Primitive.ofN("file-exists?", 1, 1, a -> {
            FileStat s = sys().stat(IoArgs.pathString("file-exists?", a, 0));
            return s != null && !s.isDirectory();
        }));
        t.add(Primitive.ofN("directory-exists?", 1, 1, a -> {
            FileStat s = sys().stat(IoArgs.pathString("directory-exists?", a, 0));
            return s != null && s.isDirectory();
        }));
        t.add(Primitive.ofN("delete-file", 1, 1, a -> check(sys().unlink(IoArgs.pathString("delete-file", a, 0)),
                "delete-file", "cannot delete file", a[0])));
        t.add(Primitive.ofN("delete-directory", 1, 1, a -> check(sys().rmdir(IoArgs.pathString("delete-directory", a, 0)),
                "delete-directory", "cannot delete directory", a[0])));
        t.add(Primitive.ofN("make-directory", 1, 2, a -> makeDirectory(IoArgs.pathString("make-directory", a, 0))));
        t.add(Primitive.ofN("rename-file-or-directory", 2, 3, a -> rename(
                IoArgs.pathString("rename-file-or-directory", a, 0), IoArgs.pathString("rename-file-or-directory", a, 1),
                a.length > 2 && a[2] != Boolean.FALSE)));
        t.add(Primitive.ofN("directory-list", 0, 1, a -> directoryList(
                a.length > 0 ? IoArgs.pathString("directory-list", a, 0) : sys().getcwd())));
        t.add(Primitive.ofN("file-size", 1, 1, a -> {
            String p = IoArgs.pathString("file-size", a, 0);
            FileStat s = sys().stat(p);
            if (s == null) throw FsErrors.raise("file-size", "cannot get size", p, -sys().lastError().code);
            return s.size();
        }));
        t.add(Primitive.ofN("copy-file", 2, 3, a -> FileCopy.copy(IoArgs.pathString("copy-file", a, 0),
                IoArgs.pathString("copy-file", a, 1), a.length > 2 && a[2] != Boolean.FALSE)));
        t.add(Primitive.ofN("file-or-directory-type", 1, 2, a -> fileType(
                IoArgs.pathString("file-or-directory-type", a, 0), a.length > 1 && a[1] != Boolean.FALSE)));
        t.add(Primitive.ofN("file-or-directory-permissions", 1, 2, a -> permissions(
                IoArgs.pathString("file-or-directory-permissions", a, 0), a.length > 1 ? a[1] : Boolean.FALSE)));
        t.add(Primitive.ofN("file-or-directory-modify-seconds", 1, 3, a -> modifySeconds(a)));
        t.add(Primitive.ofN("current-directory", 0, 1, a -> {
            if (a.length == 0) return new Path(withSlash(sys().getcwd()));
            String p = IoArgs.pathString("current-directory", a, 0);
            check(sys().chdir(p), "current-directory", "cannot set the current directory", a[0]);
            return VoidValue.VOID;
        }));
    }

    /** Racket shows directory paths with a trailing slash. */
    static String withSlash(String dir) { return dir.endsWith("/") ? dir : dir + "/"; }

    private static Object check(int result, String who, String what, Object path) {
        if (result < 0) throw FsErrors.raise(who, what, textOf(path), result);
        return VoidValue.VOID;
    }

    static String textOf(Object path) { return path instanceof Path p ? p.text : path.toString(); }

    static InputPort openInput(String path) {
        int fd = sys().open(path, OpenFlags.O_RDONLY, 0);
        if (fd < 0) throw FsErrors.raise("open-input-file", "cannot open input file", path, fd);
        rejectDirectory(fd, "open-input-file", "cannot open input file", path);
        return new FdInputPort(new Path(path), sys(), fd, true, null);
    }

    /** Racket refuses to open a directory as a file port, with rktio's own error code. */
    private static void rejectDirectory(int fd, String who, String what, String path) {
        FileStat st = sys().fstat(fd);
        if (st != null && st.isDirectory()) {
            sys().close(fd);
            throw Errors.raise(ExnTypes.FILESYSTEM, who + ": " + what + "\n  path: " + path
                    + "\n  system error: path refers to a directory; rkt_err=9");
        }
    }

    /** 'file, 'directory or 'link (#f, or an error if mustExist, when there is nothing). */
    private static Object fileType(String path, boolean mustExist) {
        FileStat st = sys().lstat(path);
        if (st == null) {
            if (!mustExist) return Boolean.FALSE;
            throw FsErrors.raise("file-or-directory-type", "access failed", path, -sys().lastError().code);
        }
        if (st.kind() == FileStat.Kind.LINK) {
            FileStat target = sys().stat(path);
            return Symbol.of(target != null && target.isDirectory() ? "directory-link" : "link");
        }
        return Symbol.of(st.isDirectory() ? "directory" : "file");
    }

    /**
     * mode #f: the owner's access as a list of 'execute 'write 'read (Racket's order); 'bits:
     * the permission bits. Setting them (an integer mode) needs a chmod the kernel does not have.
     */
    private static Object permissions(String path, Object mode) {
        boolean bits = mode instanceof Symbol s && s.name.equals("bits");
        if (mode != Boolean.FALSE && !bits) {
            if (mode instanceof Long n && n >= 0 && n <= 65535) {
                throw Errors.raise(ExnTypes.UNSUPPORTED, "file-or-directory-permissions: setting permissions is not supported by this kernel\n  path: " + path);
            }
            throw Errors.contract("file-or-directory-permissions", "(or/c #f 'bits (integer-in 0 65535))", mode);
        }
        FileStat st = sys().stat(path);
        if (st == null) throw FsErrors.raise("file-or-directory-permissions", "access failed", path, -sys().lastError().code);
        int m = st.mode();
        if (bits) return (long) (m & 07777);
        Object r = Null.NULL;
        if ((m & 0400) != 0) r = new Pair(Symbol.of("read"), r);
        if ((m & 0200) != 0) r = new Pair(Symbol.of("write"), r);
        if ((m & 0100) != 0) r = new Pair(Symbol.of("execute"), r);
        return r;
    }

    /** (file-or-directory-modify-seconds path [secs-n fail-thunk]): getting only; fail-thunk on failure. */
    private static Object modifySeconds(Object[] a) {
        String who = "file-or-directory-modify-seconds";
        String path = IoArgs.pathString(who, a, 0);
        Object secs = a.length > 1 ? a[1] : Boolean.FALSE;
        Object failThunk = a.length > 2 ? a[2] : null;
        if (secs != Boolean.FALSE && !(secs instanceof Long n && n >= 0)) throw Errors.contract(who, "exact-integer?", secs);
        if (failThunk != null && !(failThunk instanceof Procedure)) throw Errors.contract(who, "(procedure-arity-includes/c 0)", failThunk);
        if (secs != Boolean.FALSE) {
            throw Errors.raise(ExnTypes.UNSUPPORTED, who + ": setting the time is not supported by this kernel\n  path: " + path);
        }
        FileStat st = sys().stat(path);
        if (st == null) {
            if (failThunk != null) return ((Procedure) failThunk).apply0();
            throw FsErrors.raise(who, "error getting file/directory time", path, -sys().lastError().code);
        }
        return Math.floorDiv(st.modifiedMillis(), 1000L);
    }

    /** exists: error, replace, truncate, truncate/replace, append, update, can-update, must-truncate. */
    static OutputPort openOutput(String path, Object exists) {
        String mode = exists instanceof Symbol s ? s.name : "error";
        int flags = OpenFlags.O_WRONLY;
        switch (mode) {
            case "error" -> flags |= OpenFlags.O_CREAT | OpenFlags.O_EXCL;
            case "append" -> flags |= OpenFlags.O_CREAT | OpenFlags.O_APPEND;
            case "update" -> { }
            case "can-update" -> flags |= OpenFlags.O_CREAT;
            case "must-truncate" -> flags |= OpenFlags.O_TRUNC;
            case "replace" -> sys().unlink(path);
            default -> flags |= OpenFlags.O_CREAT | OpenFlags.O_TRUNC;
        }
        if (mode.equals("replace")) flags |= OpenFlags.O_CREAT | OpenFlags.O_TRUNC;
        int fd = sys().open(path, flags, 0666);
        if (fd == -Errno.EEXIST.code) {
            throw Errors.raise(ExnTypes.FILESYSTEM_EXISTS, "open-output-file: file exists\n  path: " + path);
        }
        if (fd == -Errno.EISDIR.code) {
            throw Errors.raise(ExnTypes.FILESYSTEM, "open-output-file: path is a directory\n  path: " + path
                    + "\n  system error: path refers to a directory; rkt_err=9");
        }
        if (fd < 0) throw FsErrors.raise("open-output-file", "error opening file", path, fd);
        rejectDirectory(fd, "open-output-file", "error opening file", path);
        return new FdOutputPort(new Path(path), sys(), fd, true, FdOutputPort.BufferMode.BLOCK);
    }

    private static Object makeDirectory(String path) {
        int r = sys().mkdir(path, 0777);
        if (r == -Errno.EEXIST.code) {
            throw Errors.raise(ExnTypes.FILESYSTEM_EXISTS,
                    "make-directory: cannot make directory;\n the path already exists\n  path: " + path);
        }
        if (r < 0) throw FsErrors.raise("make-directory", "cannot make directory", path, r);
        return VoidValue.VOID;
    }

    private static Object rename(String from, String to, boolean existsOk) {
        String detail = "\n  source path: " + from + "\n  dest path: " + to;
        if (!existsOk && sys().stat(to) != null) {
            throw Errors.raise(ExnTypes.FILESYSTEM_EXISTS, "rename-file-or-directory: cannot rename file or directory;"
                    + "\n the destination path already exists" + detail);
        }
        int r = sys().rename(from, to);
        if (r < 0) throw FsErrors.raiseDetail("rename-file-or-directory", "cannot rename file or directory", detail, r);
        return VoidValue.VOID;
    }

    private static Object directoryList(String path) {
        List<String> names = sys().readdir(path);
        if (names == null) {
            throw FsErrors.raise("directory-list", "could not open directory", path, -sys().lastError().code);
        }
        String[] sorted = names.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        Object r = Null.NULL;
        for (int i = sorted.length - 1; i >= 0; i--) r = new Pair(new Path(sorted[i]), r);
        return r;
    }
}
