package org.jracket.vmm.guest;

/**
 * Why a guest stopped; {@code list} shows it.
 *
 * @param exitCode the init task's exit status (128 + signal when killed)
 */
public record StopReason(Kind kind, int exitCode, String detail) {
    public enum Kind {
        /** The init task exited by itself. */
        EXITED,
        /** The host asked (vm stop). */
        STOPPED,
        /** The guest used more memory than configured, or the host heap ran out while it held the most. */
        OUT_OF_MEMORY,
        /** A Java exception escaped the guest's init task. */
        CRASHED,
        /** The guest could not be set up (collections or program files would not unpack). */
        BOOT_FAILED
    }

    public static StopReason exited(int code) { return new StopReason(Kind.EXITED, code, "exited with status " + code); }

    public String label() { return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    @Override
    public String toString() { return label() + ": " + detail; }
}
