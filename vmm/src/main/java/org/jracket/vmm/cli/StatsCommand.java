package org.jracket.vmm.cli;

import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jracket.vmm.api.Json;

/** {@code jracket vm stats NAME}: one guest's counters. */
@Command(name = "stats", description = "Show a guest's counters: memory parts, threads, system calls, console bytes.")
final class StatsCommand extends VmCommand.ClientCommand {
    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--json", description = "print the API's JSON") boolean json;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> info = parent.client().info(name);
        if (json) System.out.println(Json.write(info));
        else for (Map.Entry<String, Object> e : info.entrySet()) System.out.printf("%-22s %s%n", e.getKey(), e.getValue());
        return 0;
    }
}
