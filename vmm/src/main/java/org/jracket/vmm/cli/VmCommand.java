package org.jracket.vmm.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jracket.vmm.api.ApiClient;
import org.jracket.vmm.config.ConfigException;
import org.jracket.vmm.config.ConfigReader;
import org.jracket.vmm.image.GuestImage;
import org.jracket.vmm.image.ImageException;
import org.jracket.vmm.image.ImageReader;

/**
 * {@code jracket vm ...}: the monitor's commands, after the seed's Palacios steps (paper 5.2):
 * {@code build} (build_vm), {@code serve} (the loaded monitor), {@code create} (v3_create),
 * {@code launch} (v3_launch), {@code attach} (v3_stream), and what Palacios lacked:
 * pause, continue, stop, free, list, stats, and {@code run} for everyday use.
 */
@Command(name = "jracket vm", mixinStandardHelpOptions = true, version = "jracket vm 0.1",
        description = "Build, host and drive JRacket guests.",
        subcommands = {BuildCommand.class, ServeCommand.class, ListCommand.class, StatsCommand.class,
                AttachCommand.class, RunCommand.class, CommandLine.HelpCommand.class})
public final class VmCommand {
    /** Exit status for a refused request or a failed build. */
    static final int FAILED = 1;

    @Option(names = "--api", scope = CommandLine.ScopeType.INHERIT, paramLabel = "HOST:PORT",
            description = "the monitor's address (default: $JRACKET_VMM_API, ~/.jracket/vmm.api, 127.0.0.1:7457)")
    String api;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (for tests and the CLI). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new VmCommand());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("jracket vm: " + e.getMessage());
            return FAILED;
        });
        return cl.execute(args);
    }

    ApiClient client() { return new ApiClient(ApiAddress.resolve(api)); }

    @Command(name = "create", description = "Create a guest from an image or a config (v3_create); it does not run yet.")
    int create(@Parameters(paramLabel = "IMAGE", description = "a .img from vm build, or a .xml config") Path image,
               @Parameters(paramLabel = "NAME", arity = "0..1", description = "guest name (default: the config's)") String name)
            throws ApiClient.Failure, ConfigException, ImageException {
        String guest = name != null ? name : defaultName(image);
        Map<String, Object> info = client().create(guest, image.toAbsolutePath().toString());
        System.out.println("created " + info.get("name"));
        return 0;
    }

    @Command(name = "launch", description = "Start a created guest (v3_launch).")
    int launch(@Parameters(paramLabel = "NAME") String name) throws ApiClient.Failure { return act(name, "launch"); }

    @Command(name = "pause", description = "Stop a guest's threads at their next system call.")
    int pause(@Parameters(paramLabel = "NAME") String name) throws ApiClient.Failure { return act(name, "pause"); }

    @Command(name = "continue", description = "Let a paused guest run again.")
    int resume(@Parameters(paramLabel = "NAME") String name) throws ApiClient.Failure { return act(name, "continue"); }

    @Command(name = "stop", description = "End a guest (its tasks are killed); it stays listed until freed.")
    int stop(@Parameters(paramLabel = "NAME") String name) throws ApiClient.Failure { return act(name, "stop"); }

    @Command(name = "free", description = "Forget a created or stopped guest and release its memory.")
    int free(@Parameters(paramLabel = "NAME") String name) throws ApiClient.Failure {
        client().free(name);
        return 0;
    }

    @Command(name = "shutdown", description = "Stop every guest and the monitor.")
    int shutdown() throws ApiClient.Failure {
        client().shutdown();
        return 0;
    }

    private int act(String name, String action) throws ApiClient.Failure {
        client().action(name, action);
        return 0;
    }

    /** The name the image's config gives the guest. */
    static String defaultName(Path image) throws ConfigException, ImageException {
        if (image.toString().endsWith(".xml")) return ConfigReader.readFile(image).name();
        GuestImage img = ImageReader.read(image);
        return ConfigReader.read(img.configXml(), image + " (config section)", null, ConfigReader.HostChecks.NONE).name();
    }

    /** Parent for subcommand classes that talk to the daemon. */
    abstract static class ClientCommand implements Callable<Integer> {
        @CommandLine.ParentCommand VmCommand parent;
    }
}
