package org.jracket.kernel.console;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.vfs.OpenFile;

/** /dev/console opened as a file (paper 4.2: devfs console read goes to the input buffer). */
public final class ConsoleFile extends OpenFile {
    private final Console console;

    public ConsoleFile(Console console, int flags) {
        super(flags);
        this.console = console;
    }

    @Override public int read(byte[] buf, int off, int len) { return console.read(buf, off, len); }

    @Override
    public int write(byte[] buf, int off, int len) {
        console.write(buf, off, len);
        return len;
    }

    @Override public FileStat stat() { return new FileStat(FileStat.Kind.CHAR_DEVICE, 0, 0620, 0, 5); }
    @Override public String describe() { return "/dev/console"; }
    @Override public boolean isTerminal() { return true; }
}
