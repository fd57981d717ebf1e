package org.jracket.vmm.guest;

/** The guest could not be set up from inside (collections or program files would not unpack). */
public final class BootFailure extends Exception {
    public BootFailure(String message) { super(message); }
}
