package org.jracket.vmm.guest;

/** No guest of that name in this monitor (the API answers 404). */
public final class NoSuchGuestException extends Exception {
    public NoSuchGuestException(String name) { super("no guest named '" + name + "'"); }
}
