package org.jracket.kernel;

import static org.jracket.kernel.syscall.SystemCalls.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.jracket.kernel.mem.AddressSpace;
import org.jracket.kernel.mem.Region;
import org.jracket.kernel.signal.SignalInfo;
import org.jracket.kernel.signal.Signals;
import org.jracket.kernel.syscall.Errno;
import org.jracket.kernel.task.Task;
import org.jracket.kernel.task.TaskExit;
import org.jracket.kernel.task.WaitStatus;
import org.junit.jupiter.api.Test;

class MemoryTest {
    @Test
    void defaultsFollowTheSeedPaper() {
        KernelConfig c = KernelConfig.defaults();
        assertEquals(200 * KernelConfig.MB, c.taskHeapBytes());
        assertEquals(KernelConfig.MB, c.taskStackBytes());
        assertEquals(1024 * KernelConfig.MB, c.kernelPoolBytes());
        assertEquals(512 * 800, c.maxFileBytes());
        Task t = Kernel.boot(c).init();
        assertEquals(RLIM_INFINITY, t.getrlimit(RLIMIT_AS));          // seed 4.6
        assertEquals(KernelConfig.MB, t.getrlimit(RLIMIT_STACK));
        Region heap = t.memory().region("heap");
        assertEquals(200 * KernelConfig.MB, heap.length());
    }

    @Test
    void heapIsUsableAndPagesAreTakenOnFirstWrite() {
        Kernel k = Sys.boot();
        Task t = k.init();
        byte[] b = "hello".getBytes();
        long addr = AddressSpace.HEAP_BASE + 4094; // spans two pages
        assertEquals(0, k.guestMemory().usedPages());
        assertEquals(5, t.memWrite(addr, b, 0, 5));
        assertEquals(2, k.guestMemory().usedPages());
        byte[] back = new byte[5];
        t.memRead(addr, back, 0, 5);
        assertArrayEquals(b, back);
    }

    @Test
    void mmapMprotectMunmapChangeWhatMayBeDone() {
        Task t = Sys.boot().init();
        long a = t.mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS);
        assertTrue(a > 0);
        assertEquals(4, t.memWrite(a + 4096, new byte[] {1, 2, 3, 4}, 0, 4));
        assertEquals(0, t.mprotect(a + 4096, 4096, PROT_READ));
        assertEquals(3, t.memory().regions().stream().filter(r -> r.kind() == Region.Kind.MMAP).count()); // split in three
        List<SignalInfo> faults = new ArrayList<>();
        // Write barrier (seed 4.5): the handler records the page and unprotects it; the write is retried.
        t.sigaction(Signals.SIGSEGV, info -> {
            faults.add(info);
            t.mprotect(info.faultAddress() & ~4095L, 4096, PROT_READ | PROT_WRITE);
        });
        assertEquals(1, t.memWrite(a + 4100, new byte[] {9}, 0, 1));
        assertEquals(1, faults.size());
        assertEquals(a + 4100, faults.get(0).faultAddress());
        assertTrue(faults.get(0).write());
        byte[] b = new byte[5];
        t.memRead(a + 4096, b, 0, 5);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 9}, b);
        // Reading a PROT_NONE page faults too.
        t.mprotect(a, 4096, PROT_NONE);
        t.memRead(a, b, 0, 1);
        assertEquals(2, faults.size());
        assertFalse(faults.get(1).write());
        assertEquals(0, t.munmap(a, 3 * 4096));
        assertEquals(-Errno.ENOMEM.code, t.mprotect(a, 4096, PROT_READ)); // nothing mapped there now
        assertEquals(-Errno.EINVAL.code, t.munmap(a + 1, 4096));
    }

    @Test
    void unhandledFaultEndsOnlyThatTask() throws Exception {
        Kernel k = Sys.boot();
        Task parent = k.init();
        int child = parent.spawnTask("crasher", sys -> {
            sys.memWrite(0x10, new byte[1], 0, 1); // unmapped: SIGSEGV, no handler
            return 0;
        });
        int[] status = new int[1];
        assertEquals(child, parent.waitpid(child, status, 0));
        assertTrue(WaitStatus.ifSignaled(status[0]));
        assertEquals(Signals.SIGSEGV, WaitStatus.termSig(status[0]));
        assertFalse(parent.hasEnded());
        assertEquals(parent.getpid(), parent.getpid());
    }

    @Test
    void handlerThatFixesNothingDoesNotSpinForever() {
        Task t = Sys.boot().init();
        t.sigaction(Signals.SIGSEGV, info -> {});
        TaskExit e = assertThrows(TaskExit.class, () -> t.memRead(0x10, new byte[1], 0, 1));
        assertEquals(128 + Signals.SIGSEGV, e.exitCode);
    }

    @Test
    void guestMemoryExhaustionIsSigbusAndRlimitAsCapsMappings() {
        Kernel k = Kernel.boot(KernelConfig.defaults().withGuestMemoryBytes(2 * 4096));
        Task t = k.init();
        long heap = AddressSpace.HEAP_BASE;
        t.memWrite(heap, new byte[1], 0, 1);
        t.memWrite(heap + 4096, new byte[1], 0, 1);
        TaskExit e = assertThrows(TaskExit.class, () -> t.memWrite(heap + 8192, new byte[1], 0, 1));
        assertEquals(128 + Signals.SIGBUS, e.exitCode);
        assertEquals(0, k.guestMemory().usedPages()); // freed at exit

        Task u = Sys.boot().init();
        assertEquals(0, u.setrlimit(RLIMIT_AS, u.memory().mappedBytes() + 8192));
        assertTrue(u.mmap(0, 8192, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS) > 0);
        assertEquals(-Errno.ENOMEM.code, u.mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS));
    }
}
