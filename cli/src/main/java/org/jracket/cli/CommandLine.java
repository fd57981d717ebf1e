package org.jracket.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The racket-compatible command line: an ordered list of actions (-e, -f, -t, -l, -i, the
 * module file) plus the arguments left for {@code current-command-line-arguments}. Racket's
 * flags are order-dependent actions, so they are parsed here rather than by a generic
 * option parser.
 */
record CommandLine(List<Action> actions, List<String> programArgs, boolean repl, boolean initLibrary,
                   boolean traceSyscalls) {

    sealed interface Action {}
    record Eval(String expr) implements Action {}
    record Load(String file) implements Action {}
    record RequireFile(String file) implements Action {}
    record RequireLib(String lib) implements Action {}

    static final class UsageError extends Exception {
        UsageError(String msg) { super(msg); }
    }

    static CommandLine parse(String[] argv) throws UsageError {
        List<Action> actions = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean repl = false, noLib = false, trace = false, sawModule = false;
        int i = 0;
        while (i < argv.length) {
            String a = argv[i];
            if (a.equals("--")) { i++; break; }
            if (!a.startsWith("-") || a.equals("-")) {
                // The first non-flag argument is the module to run; the rest are its arguments.
                actions.add(new RequireFile(a));
                sawModule = true;
                i++;
                break;
            }
            switch (a) {
                case "-e", "--eval" -> actions.add(new Eval(need(argv, ++i, a)));
                case "-f", "--load" -> actions.add(new Load(need(argv, ++i, a)));
                case "-t", "--require" -> actions.add(new RequireFile(need(argv, ++i, a)));
                case "-l", "--lib" -> actions.add(new RequireLib(need(argv, ++i, a)));
                case "-u", "--require-script" -> { actions.add(new RequireFile(need(argv, ++i, a))); i++; sawModule = true; }
                case "-r", "--script" -> { actions.add(new Load(need(argv, ++i, a))); i++; sawModule = true; }
                case "-i", "--repl" -> repl = true;
                case "-n", "--no-lib" -> noLib = true;
                case "--trace-syscalls" -> trace = true;
                case "-h", "--help" -> throw new UsageError(null);
                default -> throw new UsageError("bad switch: " + a);
            }
            if (sawModule) break;
            i++;
        }
        while (i < argv.length) rest.add(argv[i++]);
        boolean interactive = repl || actions.isEmpty();
        // As in racket: -e/-f/-i evaluate in a namespace with the init library (racket) unless -n.
        boolean init = !noLib && (interactive || actions.stream().anyMatch(x -> x instanceof Eval || x instanceof Load));
        return new CommandLine(actions, rest, interactive, init, trace);
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
          -i, --repl          run the read-eval-print loop
          -n, --no-lib        do not require the init library (racket) for -e/-f/-i
          --trace-syscalls    print a summary of the kernel system calls used, at exit
        jracket makeblob DIR ROOT OUT   pack DIR into a collections image (seed format)
        jracket vm COMMAND ...          build, run and manage guests (jracket vm --help)
          --                  no more flags: the rest are arguments
        """;
}
