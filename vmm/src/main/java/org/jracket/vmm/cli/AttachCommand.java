package org.jracket.vmm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.jracket.vmm.api.ApiClient;

/**
 * {@code jracket vm attach NAME} (the seed's {@code v3_stream}): the guest's recent output from
 * the scrollback, then live output; keys typed go to the guest's console. Ctrl-] detaches at
 * once; the end of stdin detaches once the output written so far has been shown. Either way the
 * guest keeps running. With {@code --eof} the end of stdin is passed to the guest instead, and
 * attach lasts until the guest stops.
 */
@Command(name = "attach", description = "Connect the terminal to a guest's console (v3_stream); Ctrl-] detaches.")
final class AttachCommand extends VmCommand.ClientCommand {
    /** After stdin ends, how long to wait for output the guest had already written. */
    static final long DRAIN_MILLIS = 5000;

    @Parameters(paramLabel = "NAME") String name;

    @Option(names = "--eof", description = "pass the end of stdin to the guest and stay until it stops")
    boolean passEof;

    @Override
    public Integer call() throws Exception {
        return attach(parent.client(), name, passEof);
    }

    /** Streams until the guest stops (returns its exit status) or the user detaches (returns 0). */
    static int attach(ApiClient api, String name, boolean passEof) throws ApiClient.Failure {
        ApiClient.ConsoleOutput output = api.console(name, true);
        AtomicLong shown = new AtomicLong(output.from());
        boolean[] detached = {false};
        try (Terminal term = Terminal.open()) {
            KeyboardPump.start(System.in, term.raw(), new KeyboardPump.Target() {
                @Override public void type(byte[] bytes) throws ApiClient.Failure { api.type(name, bytes, false); }

                @Override
                public void end(boolean detachKey) throws Exception {
                    if (passEof && !detachKey) {
                        api.type(name, new byte[0], true);
                        return;
                    }
                    if (!detachKey) drain(api, name, shown);
                    detached[0] = true;
                    output.bytes().close();
                }
            });
            copy(output.bytes(), shown);
        }
        System.out.flush();
        if (detached[0]) {
            System.err.println("[detached from " + name + "; it keeps running]");
            return 0;
        }
        Map<String, Object> info = api.info(name);
        String reason = String.valueOf(info.get("reason"));
        if (!reason.startsWith("exited")) System.err.println("[guest " + name + " " + info.get("state") + ": " + reason + "]");
        return info.get("exit_code") instanceof Number n && n.intValue() >= 0 ? n.intValue() : 0;
    }

    /** Waits until what the guest had written when stdin ended has been shown (bounded). */
    private static void drain(ApiClient api, String name, AtomicLong shown) throws ApiClient.Failure, InterruptedException {
        long target = ListCommand.num(api.info(name), "console_output_bytes");
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        while (shown.get() < target && System.currentTimeMillis() < deadline) Thread.sleep(20);
    }

    private static void copy(InputStream in, AtomicLong shown) {
        byte[] buf = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                System.out.write(buf, 0, n);
                System.out.flush();
                shown.addAndGet(n);
            }
        } catch (IOException e) {
            // detached (the stream was closed under us) or the monitor went away
        }
    }
}
