package org.jracket.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.jracket.kernel.KernelConfig;
import org.jracket.vmm.config.CommandLineGuest;
import org.jracket.vmm.config.GuestConfig;
import org.jracket.vmm.config.InitCommandLine;
import org.jracket.vmm.guest.Guest;
import org.jracket.vmm.guest.Monitor;
import org.jracket.vmm.guest.RacketInit;
import org.jracket.vmm.guest.StopReason;
import org.jracket.vmm.image.GuestImage;

/**
 * {@code jracket}: runs the command line's program as {@code racket} does, as a guest of a
 * monitor in this process, the same way {@code jracket vm} runs hosted guests (one kernel, one
 * init path): the guest's kernel has the host's files and this process's standard streams
 * ({@link CommandLineGuest}), and the command's exit status is the guest's.
 */
public final class Main {
    private Main() {}

    public static void main(String[] argv) throws Exception {
        if (argv.length > 0 && argv[0].equals("vm")) {
            org.jracket.vmm.cli.VmCommand.main(Arrays.copyOfRange(argv, 1, argv.length));
            return;
        }
        if (argv.length > 0 && argv[0].equals("makeblob")) {
            // The seed's makeblob (paper 4.3): DIR ROOT OUT, a collections image of a directory.
            org.jracket.kernel.blob.MakeBlob.main(Arrays.copyOfRange(argv, 1, argv.length));
            return;
        }
        org.jracket.runtime.module.compiled.StartupProfile.note("command line read");
        StackSampler sampler = StackSampler.startIfAsked();
        CommandLine cmd;
        GuestConfig config;
        try {
            cmd = CommandLine.parse(argv);
            config = CommandLineGuest.config(Path.of(""), cmd.cores(), cmd.memoryBytes(), cmd.racketArgs());
        } catch (CommandLine.UsageError | InitCommandLine.BadArgument e) {
            usage(e.getMessage());
            return;
        }
        // The monitor counts and limits memory only when asked to: its management beans cost start-up.
        Monitor monitor = new Monitor(cmd.memoryBytes() > 0);
        GuestImage image = GuestImage.NONE;
        Guest g = monitor.create(CommandLineGuest.NAME, config, image, new RacketInit(config.init(), image),
                KernelConfig.Stdio.ofProcess());
        org.jracket.runtime.module.compiled.StartupProfile.note("guest created");
        g.launch();
        while (!g.awaitStopped(1, java.util.concurrent.TimeUnit.HOURS)) { /* keep waiting */ }
        StopReason r = g.reason();
        org.jracket.runtime.module.compiled.StartupProfile.note("guest stopped");
        if (cmd.traceSyscalls()) System.err.print(g.kernel().syscallSummary());
        if (r.kind() != StopReason.Kind.EXITED) System.err.println("jracket: " + r);
        System.out.flush();
        if (sampler != null) sampler.print();
        System.err.flush();
        // Halt: the guest's remaining threads (places, futures) end with it, as racket's do.
        // With -Djracket.exitHooks=true, exit instead, so that profilers (JFR) write their data.
        if (Boolean.getBoolean("jracket.exitHooks")) System.exit(r.exitCode());
        Runtime.getRuntime().halt(r.exitCode());
    }

    private static void usage(String error) {
        PrintStream out = error == null ? System.out : System.err;
        if (error != null) out.println("jracket: " + error);
        out.print(CommandLine.USAGE);
        out.flush();
        System.exit(error == null ? 0 : 2);
    }
}
