package org.jracket.kernel.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.syscall.ErrnoException;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.kernel.trace.SyscallStats;

/**
 * All tasks of a kernel by pid, and the parent/child bookkeeping that waitpid needs. Task ends and
 * reaps are serialized on this object, which is also the wait queue for waitpid.
 */
public final class TaskTable {
    private final ConcurrentHashMap<Integer, Task> byPid = new ConcurrentHashMap<>();
    private final AtomicInteger pids = new AtomicInteger(1);
    private final AtomicInteger tids = new AtomicInteger(1);
    private final SyscallStats reaped = new SyscallStats();

    int nextPid() { return pids.getAndIncrement(); }
    int nextTid() { return tids.getAndIncrement(); }

    synchronized void add(Task t) {
        byPid.put(t.pid(), t);
        if (t.parent != null) t.parent.children.add(t);
    }

    public Task get(int pid) { return byPid.get(pid); }

    /** Live and not yet reaped tasks. */
    public Collection<Task> all() { return byPid.values(); }

    /** Counts of every task, including reaped ones. */
    public SyscallStats totalStats() {
        SyscallStats s = new SyscallStats();
        synchronized (this) {
            s.add(reaped);
            for (Task t : byPid.values()) s.add(t.stats());
        }
        return s;
    }

    /** Records a task's end and wakes waiters; orphans and parentless tasks are not kept. */
    synchronized void ended(Task t) {
        for (Task c : t.children) {
            c.parent = null;
            if (c.state == Task.State.ZOMBIE) reap(c);
        }
        t.children.clear();
        t.state = Task.State.ZOMBIE;
        if (t.parent == null) reap(t);
        notifyAll();
    }

    private void reap(Task t) {
        t.state = Task.State.REAPED;
        byPid.remove(t.pid());
        reaped.add(t.stats());
        if (t.parent != null) t.parent.children.remove(t);
    }

    /** waitpid: see {@link SystemCalls#waitpid}. */
    synchronized int waitChild(Task parent, int pid, int[] status, int options) {
        while (true) {
            boolean any = false;
            for (Task c : new ArrayList<>(parent.children)) {
                if (pid > 0 && c.pid() != pid) continue;
                any = true;
                if (c.state == Task.State.ZOMBIE) {
                    if (status != null && status.length > 0) status[0] = c.waitStatus;
                    reap(c);
                    return c.pid();
                }
            }
            if (!any) throw ErrnoException.of(Errno.ECHILD);
            if ((options & SystemCalls.WNOHANG) != 0) return 0;
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ErrnoException.of(Errno.EINTR);
            }
        }
    }

    synchronized List<Task> children(Task parent) { return List.copyOf(parent.children); }
}
