package org.jracket.vmm.guest;

import java.util.List;
import java.util.function.ToIntFunction;

import org.jracket.kernel.signal.SignalHandler;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.SystemCalls;

/**
 * What a guest's runtime sees as its system calls: the guest kernel's task, behind the monitor's
 * two hooks. Every call first passes the guest's {@link PauseGate} (so a paused guest stops at
 * its next system call), and every thread or task the guest starts is wrapped so that its
 * threads are known to the monitor ({@link GuestThreads}) and its child tasks get this same
 * wrapper. The kernel needs no knowledge of the monitor.
 */
final class GuestSystemCalls implements SystemCalls {
    private final SystemCalls task;
    private final PauseGate gate;
    private final GuestThreads threads;

    GuestSystemCalls(SystemCalls task, PauseGate gate, GuestThreads threads) {
        this.task = task;
        this.gate = gate;
        this.threads = threads;
    }

    @Override public int open(String path, int flags, int mode) { gate.pass(); return task.open(path, flags, mode); }
    @Override public int read(int fd, byte[] buf, int off, int len) { gate.pass(); return task.read(fd, buf, off, len); }
    @Override public int write(int fd, byte[] buf, int off, int len) { gate.pass(); return task.write(fd, buf, off, len); }
    @Override public int read(int fd, byte[] buf, int off, int len, int flags) { gate.pass(); return task.read(fd, buf, off, len, flags); }
    @Override public int write(int fd, byte[] buf, int off, int len, int flags) { gate.pass(); return task.write(fd, buf, off, len, flags); }
    @Override public int fcntl(int fd, int cmd, int arg) { gate.pass(); return task.fcntl(fd, cmd, arg); }
    @Override public long lseek(int fd, long offset, int whence) { gate.pass(); return task.lseek(fd, offset, whence); }
    @Override public int close(int fd) { gate.pass(); return task.close(fd); }
    @Override public int dup(int fd) { gate.pass(); return task.dup(fd); }
    @Override public FileStat stat(String path) { gate.pass(); return task.stat(path); }
    @Override public FileStat fstat(int fd) { gate.pass(); return task.fstat(fd); }
    @Override public int mkdir(String path, int mode) { gate.pass(); return task.mkdir(path, mode); }
    @Override public int rmdir(String path) { gate.pass(); return task.rmdir(path); }
    @Override public int unlink(String path) { gate.pass(); return task.unlink(path); }
    @Override public int rename(String from, String to) { gate.pass(); return task.rename(from, to); }
    @Override public List<String> readdir(String path) { gate.pass(); return task.readdir(path); }
    @Override public String getcwd() { gate.pass(); return task.getcwd(); }
    @Override public int chdir(String path) { gate.pass(); return task.chdir(path); }
    @Override public int pipe(int[] fds) { gate.pass(); return task.pipe(fds); }
    @Override public Errno lastError() { return task.lastError(); }

    @Override public double clockRealtimeMillis() { gate.pass(); return task.clockRealtimeMillis(); }
    @Override public long clockMonotonicNanos() { gate.pass(); return task.clockMonotonicNanos(); }
    @Override public long cpuTimeMillis() { gate.pass(); return task.cpuTimeMillis(); }
    @Override public int nanosleep(long nanos) { gate.pass(); return task.nanosleep(nanos); }

    @Override public int getpid() { gate.pass(); return task.getpid(); }
    /** Not gated: a paused guest that was told to stop must be able to finish exiting. */
    @Override public void exit(int status) { task.exit(status); }
    @Override public int spawnThread(String name, long stackBytes, Runnable body) {
        gate.pass();
        return task.spawnThread(name, stackBytes, threads.wrap(body));
    }
    @Override public int cpuCount() { gate.pass(); return task.cpuCount(); }
    @Override public String getenv(String name) { gate.pass(); return task.getenv(name); }
    @Override public long getrlimit(int resource) { gate.pass(); return task.getrlimit(resource); }
    @Override public int setrlimit(int resource, long value) { gate.pass(); return task.setrlimit(resource, value); }

    @Override public int spawnTask(String name, ToIntFunction<SystemCalls> main) {
        gate.pass();
        return task.spawnTask(name, child -> {
            int[] status = new int[1];
            threads.run(() -> status[0] = main.applyAsInt(new GuestSystemCalls(child, gate, threads)));
            return status[0];
        });
    }
    @Override public int waitpid(int pid, int[] status, int options) { gate.pass(); return task.waitpid(pid, status, options); }
    @Override public FileStat lstat(String path) { gate.pass(); return task.lstat(path); }
    @Override public int isatty(int fd) { gate.pass(); return task.isatty(fd); }
    @Override public int kill(int pid, int signo) { gate.pass(); return task.kill(pid, signo); }
    @Override public int sigaction(int signo, SignalHandler handler) { gate.pass(); return task.sigaction(signo, handler); }

    @Override public long mmap(long addr, long length, int prot, int flags) { gate.pass(); return task.mmap(addr, length, prot, flags); }
    @Override public int munmap(long addr, long length) { gate.pass(); return task.munmap(addr, length); }
    @Override public int mprotect(long addr, long length, int prot) { gate.pass(); return task.mprotect(addr, length, prot); }
    @Override public int memRead(long addr, byte[] buf, int off, int len) { gate.pass(); return task.memRead(addr, buf, off, len); }
    @Override public int memWrite(long addr, byte[] buf, int off, int len) { gate.pass(); return task.memWrite(addr, buf, off, len); }
}
