package org.jracket.vmm.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jracket.vmm.guest.GuestInfo;

/** A guest's info as the API's JSON object (snake_case keys, as Firecracker's API). */
final class GuestJson {
    private GuestJson() {}

    static Map<String, Object> of(GuestInfo i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        m.put("state", i.state());
        m.put("reason", i.reason());
        m.put("exit_code", i.exitCode());
        m.put("cores", i.cores());
        m.put("memory_limit", i.memoryLimit());
        m.put("memory_used", i.memoryUsed());
        m.put("kernel_bytes", i.kernelBytes());
        m.put("heap_estimate", i.heapEstimate());
        m.put("allocated_bytes", i.allocatedBytes());
        m.put("uptime_ms", i.uptimeMillis());
        m.put("threads", i.threads());
        m.put("threads_paused", i.threadsPaused());
        m.put("syscalls", i.syscalls());
        m.put("console_stream", i.consoleStream());
        m.put("console_output_bytes", i.consoleOutputBytes());
        m.put("console_input_bytes", i.consoleInputBytes());
        return m;
    }
}
