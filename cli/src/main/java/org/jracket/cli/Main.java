package org.jracket.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.jracket.kernel.Kernel;
import org.jracket.kernel.task.TaskExit;
import org.jracket.runtime.boot.Boot;
import org.jracket.runtime.boot.RacketSession;
import org.jracket.runtime.boot.SystemPrims;

/**
 * {@code jracket}: boots a kernel for the host process, brings up the runtime on its init
 * task and performs the command line's actions, as {@code racket} does. The program runs on
 * a thread with a large Java stack so that deep recursion rarely needs to spill to the heap.
 */
public final class Main {
    private static final long STACK_BYTES = 1L << 30;

    private Main() {}

    public static void main(String[] argv) throws InterruptedException {
        if (argv.length > 0 && argv[0].equals("vm")) {
            org.jracket.vmm.cli.VmCommand.main(java.util.Arrays.copyOfRange(argv, 1, argv.length));
            return;
        }
        if (argv.length > 0 && argv[0].equals("makeblob")) {
            // The seed's makeblob (paper 4.3): DIR ROOT OUT, a collections image of a directory.
            org.jracket.kernel.blob.MakeBlob.main(java.util.Arrays.copyOfRange(argv, 1, argv.length));
            return;
        }
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(argv);
        } catch (CommandLine.UsageError e) {
            PrintStream out = e.getMessage() == null ? System.out : System.err;
            if (e.getMessage() != null) out.println("jracket: " + e.getMessage());
            out.print(CommandLine.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(cmd), "racket-main", STACK_BYTES);
        t.start();
        t.join();
        System.out.flush();
        System.exit(status[0]);
    }

    private static int run(CommandLine cmd) {
        Kernel kernel = Kernel.forHostProcess(Path.of("").toAbsolutePath(), System.in, System.out, System.err);
        kernel.init().onExit((task, code) -> {
            if (cmd.traceSyscalls()) System.err.print(kernel.syscallSummary());
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        });
        try {
            Boot.initialize(kernel.init(), 20_000);
            SystemPrims.setCommandLine(cmd.programArgs());
            RacketSession session = RacketSession.start(cmd.initLibrary());
            boolean ok = true;
            for (CommandLine.Action a : cmd.actions()) {
                ok = switch (a) {
                    case CommandLine.Eval e -> session.evalString(e.expr());
                    case CommandLine.Load l -> session.load(l.file());
                    case CommandLine.RequireFile r -> session.requireFile(r.file());
                    case CommandLine.RequireLib l -> session.requireLib(l.lib());
                };
                if (!ok) break;
            }
            if (ok && cmd.repl()) session.repl();
            session.exit(ok ? 0 : 1);
            return ok ? 0 : 1;
        } catch (TaskExit e) {
            return e.exitCode;
        }
    }
}
