package org.jracket.kernel.devfs;

import java.util.List;

import org.jracket.kernel.console.Console;
import org.jracket.kernel.console.ConsoleFile;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.OpenFlags;
import org.jracket.kernel.vfs.DirectoryHandle;
import org.jracket.kernel.vfs.FileSystem;
import org.jracket.kernel.vfs.OpenFile;
import org.jracket.kernel.vfs.ReadOnlyFileSystem;

/** /dev: the console, plus null, zero, and the random devices. */
public final class DevFs extends ReadOnlyFileSystem implements FileSystem {
    private static final List<String> NAMES = List.of("console", "null", "zero", "random", "urandom");
    private final Console console;

    public DevFs(Console console) { this.console = console; }

    @Override public String type() { return "devfs"; }

    @Override
    public OpenFile open(String path, int flags, int mode) {
        if ((flags & OpenFlags.O_EXCL) != 0) throw ErrnoException.of(Errno.EEXIST);
        return switch (path) {
            case "" -> {
                DirectoryHandle.checkFlags(flags);
                yield new DirectoryHandle(flags, stat(""), "/dev");
            }
            case "console" -> new ConsoleFile(console, flags);
            case "null", "zero" -> new NullDevice(flags, path.equals("zero"));
            case "random", "urandom" -> new RandomDevice(flags, path, NAMES.indexOf(path) + 2);
            default -> throw ErrnoException.of(Errno.ENOENT);
        };
    }

    @Override
    public FileStat stat(String path) {
        if (path.isEmpty()) return new FileStat(FileStat.Kind.DIRECTORY, 0, 0755, 0, 1);
        int i = NAMES.indexOf(path);
        if (i < 0) throw ErrnoException.of(Errno.ENOENT);
        return new FileStat(FileStat.Kind.CHAR_DEVICE, 0, 0666, 0, i + 2);
    }

    @Override
    public List<String> list(String path) {
        if (!path.isEmpty()) throw ErrnoException.of(NAMES.contains(path) ? Errno.ENOTDIR : Errno.ENOENT);
        return NAMES;
    }
}
