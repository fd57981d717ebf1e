package org.jracket.vmm.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.jracket.vmm.api.Json;
import org.jracket.vmm.config.Size;

/** {@code jracket vm list}: every guest with its state, cores, memory and uptime. */
@Command(name = "list", description = "List guests: state, cores, memory used of limit, uptime, why stopped.")
final class ListCommand extends VmCommand.ClientCommand {
    @Option(names = "--json", description = "print the API's JSON") boolean json;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> vms = parent.client().list();
        if (json) {
            System.out.println(Json.write(Map.of("vms", vms)));
            return 0;
        }
        System.out.printf("%-20s %-8s %5s %-21s %10s  %s%n", "NAME", "STATE", "CORES", "MEMORY (USED/LIMIT)", "UPTIME", "REASON");
        for (Map<String, Object> v : vms)
            System.out.printf("%-20s %-8s %5s %-21s %10s  %s%n", v.get("name"), v.get("state"), v.get("cores"),
                    Size.format(num(v, "memory_used")) + "/" + Size.format(num(v, "memory_limit")),
                    uptime(num(v, "uptime_ms")), v.get("reason"));
        return 0;
    }

    static long num(Map<String, Object> m, String key) { return m.get(key) instanceof Number n ? n.longValue() : 0; }

    static String uptime(long ms) {
        long s = ms / 1000;
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : String.format("%.1fs", ms / 1000.0);
    }
}
