package org.jracket.vmm.guest;

/** A guest that cannot be created from a valid config (name taken, host mount missing, ...). */
public final class GuestSetupException extends Exception {
    public GuestSetupException(String message) { super(message); }
}
