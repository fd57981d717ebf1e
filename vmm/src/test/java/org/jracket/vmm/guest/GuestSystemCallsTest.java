package org.jracket.vmm.guest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.jracket.kernel.syscall.SystemCalls;
import org.junit.jupiter.api.Test;

class GuestSystemCallsTest {
    /** A system call the wrapper does not forward would answer ENOSYS inside every guest. */
    @Test
    void everySystemCallIsForwarded() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Method m : SystemCalls.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) continue;
            Method impl = GuestSystemCalls.class.getMethod(m.getName(), m.getParameterTypes());
            if (impl.getDeclaringClass() != GuestSystemCalls.class) missing.add(m.getName());
        }
        assertTrue(missing.isEmpty(), "add forwarding methods to vmm GuestSystemCalls for: " + missing);
    }
}
