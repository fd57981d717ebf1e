package org.jracket.vmm.guest;

/** An action the guest's state does not allow (the API answers 409 Conflict). */
public final class LifecycleException extends Exception {
    public LifecycleException(String message) { super(message); }
}
