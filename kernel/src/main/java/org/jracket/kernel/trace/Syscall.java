package org.jracket.kernel.trace;

import java.util.Locale;

/** The system calls a task can make, for counting and tracing. */
public enum Syscall {
    OPEN, READ, WRITE, LSEEK, CLOSE, DUP, STAT, LSTAT, FSTAT, ISATTY, MKDIR, RMDIR, UNLINK, RENAME, READDIR,
    GETCWD, CHDIR, PIPE, CLOCK_REALTIME, CLOCK_MONOTONIC, CPU_TIME, NANOSLEEP, GETPID, EXIT,
    SPAWN_THREAD, CPU_COUNT, GETENV, GETRLIMIT, SETRLIMIT, SPAWN_TASK, WAITPID, KILL, SIGACTION, FCNTL,
    MMAP, MUNMAP, MPROTECT;

    static final Syscall[] ALL = values();

    /** Name as strace prints it. */
    public final String traceName = name().toLowerCase(Locale.ROOT);
}
