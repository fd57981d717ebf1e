package org.jracket.cli;

import java.util.ArrayList;
import java.util.List;

import org.jracket.vmm.config.Size;

/**
 * The command line of {@code jracket FILE.rkt}: racket's own flags and arguments, which go
 * unchanged to the guest's init ({@code vmm.config.InitCommandLine} gives them their meaning,
 * as for a config's init task), mixed with this command's options about the guest itself
 * ({@code --cores}, {@code --memory}, {@code --trace-syscalls}), which are taken out here.
 * Racket's flags are ordered actions, so they are scanned by hand: the scan must know which
 * flags take a value so that an expression like {@code -e --cores} stays an expression.
 *
 * @param racketArgs  racket's flags and arguments, in order
 * @param cores       the guest's vCPUs, 0 for all host cores
 * @param memoryBytes the guest's memory limit, 0 for none but the JVM's heap
 */
record CommandLine(List<String> racketArgs, int cores, long memoryBytes, boolean traceSyscalls) {

    static final class UsageError extends Exception {
        UsageError(String msg) { super(msg); }
    }

    static CommandLine parse(String[] argv) throws UsageError {
        List<String> racket = new ArrayList<>();
        int cores = 0;
        long memory = 0;
        boolean trace = false;
        int i = 0;
        scan:
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("--") || !a.startsWith("-") || a.equals("-")) break;
            switch (a) {
                case "-e", "--eval", "-f", "--load", "-t", "--require", "-l", "--lib" -> {
                    racket.add(a);
                    racket.add(need(argv, ++i, a));
                }
                case "-u", "--require-script", "-r", "--script" -> {
                    // The file, then the program's arguments: no more flags.
                    racket.add(a);
                    racket.add(need(argv, ++i, a));
                    i++;
                    break scan;
                }
                case "-i", "--repl", "-n", "--no-lib" -> racket.add(a);
                case "--trace-syscalls" -> trace = true;
                case "--cores" -> cores = cores(need(argv, ++i, a));
                case "--memory" -> memory = memory(need(argv, ++i, a));
                case "-h", "--help" -> throw new UsageError(null);
                default -> throw new UsageError("bad switch: " + a);
            }
            i++;
        }
        while (i < argv.length) racket.add(argv[i++]);
        return new CommandLine(List.copyOf(racket), cores, memory, trace);
    }

    private static int cores(String text) throws UsageError {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 1024) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError("--cores expects a number of cores from 1 to 1024, not '" + text + "'");
    }

    private static long memory(String text) throws UsageError {
        try {
            long n = Size.parse(text);
            if (n >= Size.MB) return n;
        } catch (IllegalArgumentException e) {
            throw new UsageError("--memory: " + e.getMessage());
        }
        throw new UsageError("--memory expects at least 1MB, not '" + text + "'");
    }

    private static String need(String[] argv, int i, String flag) throws UsageError {
        if (i >= argv.length) throw new UsageError("missing argument for " + flag);
        return argv[i];
    }

    static final String USAGE = """
        usage: jracket [FLAG ...] [FILE.rkt [ARG ...]]
          FILE.rkt ARG ...    run the module FILE.rkt (and its main submodule) with ARGs
          -e, --eval EXPR     evaluate EXPR, printing results
          -f, --load FILE     load FILE's forms at the top level
          -t, --require FILE  require FILE
          -l, --lib LIB       require the library LIB (e.g. racket/list)
          -u FILE ARG ...     require FILE with ARGs (-t FILE -- ARG ...)
          -r FILE ARG ...     load FILE with ARGs (-f FILE -- ARG ...)
          -i, --repl          run the read-eval-print loop
          -n, --no-lib        do not require the init library (racket) for -e/-f/-i
          --                  no more flags: the rest are arguments
        The program runs as a guest of the monitor, on the host's files and streams:
          --cores N           the guest's cores (what futures and places use; default: all)
          --memory SIZE       the guest's memory limit, e.g. 512MB (default: the JVM's heap)
          --trace-syscalls    print a summary of the kernel system calls used, at exit
        jracket makeblob DIR ROOT OUT   pack DIR into a collections image (seed format)
        jracket vm COMMAND ...          build, run and manage guests (jracket vm --help)
        """;
}
