package org.jracket.vmm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the daemon listens: {@code --api HOST:PORT}, else $JRACKET_VMM_API, else the address the
 * running daemon wrote to ~/.jracket/vmm.api, else the default port on loopback.
 */
final class ApiAddress {
    static final int DEFAULT_PORT = 7457;
    static final String ENV = "JRACKET_VMM_API";

    private ApiAddress() {}

    static Path defaultFile() { return Path.of(System.getProperty("user.home"), ".jracket", "vmm.api"); }

    static String resolve(String option) {
        if (option != null && !option.isBlank()) return option.trim();
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) return env.trim();
        try {
            Path f = defaultFile();
            if (Files.isReadable(f)) {
                String s = Files.readString(f).trim();
                if (!s.isEmpty()) return s;
            }
        } catch (IOException ignored) {
            // fall back to the default port
        }
        return "127.0.0.1:" + DEFAULT_PORT;
    }
}
