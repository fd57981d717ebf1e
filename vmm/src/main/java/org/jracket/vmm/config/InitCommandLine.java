package org.jracket.vmm.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The init task's arguments as the seed's Racket main read them: an optional {@code -expandblob}
 * (unpack the collections into the in-memory file system instead of mounting the image in
 * place), then a subset of racket's own flags. As with racket, a bare file is required as a
 * module and ends the flags (the rest are its arguments), and no action at all means the REPL.
 */
public record InitCommandLine(boolean expandBlob, List<Action> actions, boolean repl, boolean initLibrary,
                              List<String> programArgs, String runFile) {

    public sealed interface Action {}
    public record Eval(String expr) implements Action {}
    public record RequireFile(String file) implements Action {}
    public record RequireLib(String lib) implements Action {}
    public record Load(String file) implements Action {}

    /** Thrown with the index of the offending argument. */
    public static final class BadArgument extends Exception {
        public final int index;

        BadArgument(int index, String message) {
            super(message);
            this.index = index;
        }
    }

    public static InitCommandLine parse(List<String> args) throws BadArgument {
        boolean expand = false, repl = false, noLib = false, requiredFirst = false;
        // racket: a first argument that follows configuration options only is a file to run
        // (-u); after any other flag, arguments are the program's (racket -i x: x is an argument)
        boolean onlyConfiguration = true;
        // racket's -N: a program file given as the script (FILE, -u, -r) names the run-file.
        String runFile = null;
        List<Action> actions = new ArrayList<>();
        int i = 0;
        for (; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) { i++; break; }
            if (!a.startsWith("-") || a.equals("-")) {
                if (!onlyConfiguration) break;
                requiredFirst |= actions.isEmpty() && !repl;
                actions.add(new RequireFile(a));
                runFile = a;
                i++;
                break;
            }
            onlyConfiguration &= a.endsWith("expandblob");
            switch (a) {
                case "-expandblob", "--expandblob", "-~expandblob" -> expand = true;
                case "-e", "--eval" -> actions.add(new Eval(value(args, ++i, a)));
                case "-t", "--require" -> {
                    requiredFirst |= actions.isEmpty() && !repl;
                    actions.add(new RequireFile(value(args, ++i, a)));
                }
                case "-l", "--lib" -> {
                    requiredFirst |= actions.isEmpty() && !repl;
                    actions.add(new RequireLib(value(args, ++i, a)));
                }
                case "-f", "--load" -> actions.add(new Load(value(args, ++i, a)));
                // -u FILE / -r FILE: as -t / -f, and the arguments after FILE are the program's.
                case "-u", "--require-script" -> {
                    requiredFirst |= actions.isEmpty() && !repl;
                    actions.add(new RequireFile(value(args, ++i, a)));
                }
                case "-r", "--script" -> actions.add(new Load(value(args, ++i, a)));
                case "-i", "--repl" -> repl = true;
                case "-n", "--no-lib" -> noLib = true;
                default -> throw new BadArgument(i, "unknown init flag '" + a
                        + "' (expected -expandblob, -e EXPR, -t FILE, -l LIB, -f FILE, -u FILE, -r FILE, -i, -n, or a module file)");
            }
            if (a.equals("-u") || a.equals("--require-script") || a.equals("-r") || a.equals("--script")) {
                runFile = args.get(i);
                i++;
                break;
            }
        }
        List<String> rest = List.copyOf(args.subList(Math.min(i, args.size()), args.size()));
        // racket: no expression, file or library to run means an interactive session.
        if (actions.isEmpty()) repl = true;
        // As racket: -e, -f and the REPL run in a namespace with the init library (racket), unless
        // -n, or a -t/-l/file comes first ("racket -l racket/base -i" is a racket/base REPL).
        boolean evaluates = repl || actions.stream().anyMatch(x -> x instanceof Eval || x instanceof Load);
        boolean initLib = !noLib && evaluates && !requiredFirst;
        return new InitCommandLine(expand, List.copyOf(actions), repl, initLib, rest, runFile);
    }

    private static String value(List<String> args, int i, String flag) throws BadArgument {
        if (i >= args.size()) throw new BadArgument(i - 1, "init flag " + flag + " needs a value after it");
        return args.get(i);
    }
}
