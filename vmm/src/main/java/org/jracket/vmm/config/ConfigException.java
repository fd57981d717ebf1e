package org.jracket.vmm.config;

/**
 * A config that cannot describe a guest. The message starts with where the fault is
 * ({@code FILE:LINE:COLUMN:}) and says what was expected there.
 */
public final class ConfigException extends Exception {
    public ConfigException(String source, int line, int column, String message) {
        super(source + ":" + line + ":" + column + ": " + message);
    }

    /** A fault not tied to a position (unreadable file, empty document). */
    public ConfigException(String source, String message) {
        super(source + ": " + message);
    }
}
