package org.jracket.runtime.boot;

import org.jracket.kernel.syscall.FileStat;
import org.jracket.kernel.syscall.SystemCalls;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.io.KernelAccess;
import org.jracket.runtime.io.Path;
import org.jracket.runtime.prims.PrimitiveTable;

/**
 * find-system-path: where Racket 8.7 on Unix looks, read from the guest's environment and
 * file system (HOME, TMPDIR and the XDG variables are the guest's, so each guest has its own).
 */
final class SystemPaths {
    private SystemPaths() {}

    private static final String KINDS = "(or/c 'home-dir 'pref-dir 'pref-file 'temp-dir\n"
        + "                  'init-dir 'init-file 'addon-dir 'cache-dir\n"
        + "                  'doc-dir 'desk-dir 'sys-dir 'exec-file 'run-file\n"
        + "                  'collects-dir 'config-dir 'orig-dir\n"
        + "                  'host-collects-dir 'host-config-dir)";

    static void register(PrimitiveTable t) {
        t.add(Primitive.of1("find-system-path", kind -> {
            String k = kind instanceof Symbol s ? s.name : "";
            SystemCalls sys = KernelAccess.syscalls();
            String p = switch (k) {
                case "home-dir", "doc-dir", "desk-dir" -> home(sys);
                case "pref-dir", "init-dir" -> xdg(sys, "XDG_CONFIG_HOME", ".config");
                case "pref-file" -> xdg(sys, "XDG_CONFIG_HOME", ".config") + "racket-prefs.rktd";
                case "init-file" -> xdg(sys, "XDG_CONFIG_HOME", ".config") + "racketrc.rktl";
                case "addon-dir" -> xdg(sys, "XDG_DATA_HOME", ".local/share");
                case "cache-dir" -> xdg(sys, "XDG_CACHE_HOME", ".cache");
                case "temp-dir" -> temp(sys);
                case "sys-dir" -> "/";
                case "exec-file" -> "racket";
                case "run-file" -> SystemPrims.runFile();
                case "collects-dir", "host-collects-dir" -> "/collects/";
                case "config-dir", "host-config-dir" -> "/etc/racket/";
                case "orig-dir" -> dir(orElse(sys.getenv("PWD"), sys.getcwd()));
                default -> throw Errors.contract("find-system-path", KINDS, kind);
            };
            return new Path(p);
        }));
    }

    private static String home(SystemCalls sys) { return dir(orElse(sys.getenv("HOME"), "/")); }

    /** $VAR/racket/ when VAR is set to an absolute path, else ~/FALLBACK/racket/ (XDG base directories). */
    private static String xdg(SystemCalls sys, String var, String fallback) {
        String base = sys.getenv(var);
        if (base == null || !base.startsWith("/")) base = home(sys) + fallback;
        return dir(base) + "racket/";
    }

    /** TMPDIR if it is a directory, else the first of /var/tmp, /usr/tmp, /tmp that is (as Racket's rktio). */
    private static String temp(SystemCalls sys) {
        String env = sys.getenv("TMPDIR");
        if (env != null && isDirectory(sys, env)) return dir(env);
        for (String d : new String[] {"/var/tmp", "/usr/tmp", "/tmp"}) {
            if (isDirectory(sys, d)) return dir(d);
        }
        return "/";
    }

    private static boolean isDirectory(SystemCalls sys, String p) {
        FileStat st = sys.stat(p);
        return st != null && st.isDirectory();
    }

    private static String orElse(String v, String fallback) { return v == null || v.isEmpty() ? fallback : v; }

    private static String dir(String p) { return p.endsWith("/") ? p : p + "/"; }
}
