package org.jracket.runtime.io;

import org.jracket.kernel.signal.SignalHandler;
import org.jracket.kernel.signal.Signals;
import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.MultipleValues;
import org.jracket.runtime.exn.Errors;

/**
 * {@code make-pipe}: the two ports over the ends of one kernel pipe. Racket's pipes are
 * unlimited unless given a limit, so the kernel pipe's capacity is set to the limit, or to the
 * largest size for none (the kernel grows its buffer on demand). The output port is unbuffered,
 * as in Racket, so the content length is what the kernel holds plus what the input port has
 * already pulled into its buffer.
 */
final class PipeEnds {
    final FdInputPort in;
    final FdOutputPort out;
    private final SystemCalls sys;

    private PipeEnds(SystemCalls sys, int[] fds, Object inName, Object outName) {
        this.sys = sys;
        in = new FdInputPort(inName, sys, fds[0], true, null, true);
        out = new FdOutputPort(outName, sys, fds[1], true, FdOutputPort.BufferMode.NONE);
        in.pipe = this;
        out.pipe = this;
    }

    static Object make(long limit, Object inName, Object outName) {
        SystemCalls sys = KernelAccess.syscalls();
        // Racket ignores SIGPIPE: a write to a pipe nobody reads must not end the program.
        sys.sigaction(Signals.SIGPIPE, SignalHandler.IGNORE);
        int[] fds = new int[2];
        int r = sys.pipe(fds);
        if (r < 0) throw Errors.fail("make-pipe: cannot create pipe\n  system error: " + FsErrors.describe(r));
        int cap = limit > 0 ? (int) Math.min(limit, Integer.MAX_VALUE) : Integer.MAX_VALUE;
        sys.fcntl(fds[1], SystemCalls.F_SETPIPE_SZ, cap);
        PipeEnds p = new PipeEnds(sys, fds, inName, outName);
        return new MultipleValues(new Object[] {p.in, p.out});
    }

    /** Bytes written and not yet read. */
    long contentLength() {
        int fd = !in.isClosed() ? in.fd() : !out.isClosed() ? out.fd() : -1;
        if (fd < 0) return 0;
        FileStat st = sys.fstat(fd);
        return (st == null ? 0 : st.size()) + (in.isClosed() ? 0 : in.buffered());
    }
}
