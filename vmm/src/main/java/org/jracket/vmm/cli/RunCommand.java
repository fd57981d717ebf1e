package org.jracket.vmm.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jracket.vmm.api.ApiClient;
import org.jracket.vmm.guest.Guest;
import org.jracket.vmm.guest.Monitor;
import org.jracket.vmm.guest.StopReason;

/**
 * {@code jracket vm run CONFIG.xml|IMAGE}: create, launch and attach in one step. By default the
 * guest runs in this process (no daemon needed) with the terminal as its console, and the
 * command's exit status is the guest's; {@code --daemon} does the same through a running monitor.
 */
@Command(name = "run", description = "Create, launch and attach in one step (in this process, or --daemon).")
final class RunCommand extends VmCommand.ClientCommand {
    @Parameters(paramLabel = "CONFIG.xml|IMAGE") Path image;

    @Option(names = "--name", paramLabel = "NAME", description = "guest name (default: the config's)") String name;

    @Option(names = "--daemon", description = "run in the monitor given by --api instead of in this process") boolean daemon;

    @Override
    public Integer call() throws Exception {
        String guest = name != null ? name : VmCommand.defaultName(image);
        return daemon ? viaDaemon(parent.client(), guest) : inProcess(guest);
    }

    private int viaDaemon(ApiClient api, String guest) throws ApiClient.Failure {
        api.create(guest, image.toAbsolutePath().toString());
        api.action(guest, "launch");
        return AttachCommand.attach(api, guest, true);
    }

    private int inProcess(String guestName) throws Exception {
        PrintStream out = System.out;
        try (Monitor monitor = new Monitor(); Terminal term = Terminal.open()) {
            Guest g = monitor.create(image, guestName);
            g.console().mirrorTo((b, off, len) -> {
                out.write(b, off, len);
                out.flush();
            });
            g.launch();
            KeyboardPump.start(System.in, term.raw(), new KeyboardPump.Target() {
                @Override public void type(byte[] bytes) throws InterruptedException { g.console().type(bytes); }

                @Override public void end(boolean detachKey) throws Exception {
                    if (detachKey) g.stop();
                    else g.console().hangUp();
                }
            });
            while (!g.awaitStopped(1, TimeUnit.HOURS)) { /* keep waiting */ }
            out.flush();
            StopReason r = g.reason();
            if (r.kind() != StopReason.Kind.EXITED) System.err.println("jracket vm: guest " + guestName + " " + r);
            return r.exitCode();
        }
    }
}
