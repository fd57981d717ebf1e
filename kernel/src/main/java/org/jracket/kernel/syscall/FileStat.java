package org.jracket.kernel.syscall;

/** Result of {@code stat}/{@code fstat}. Times are milliseconds since the epoch. */
public record FileStat(Kind kind, long size, int mode, long modifiedMillis, long inode) {
    public enum Kind { FILE, DIRECTORY, PIPE, CHAR_DEVICE, LINK }

    public boolean isDirectory() { return kind == Kind.DIRECTORY; }
    public boolean isFile() { return kind == Kind.FILE; }
}
