package org.jracket.kernel.signal;

/**
 * What a handler learns about a signal. For SIGSEGV/SIGBUS, {@code faultAddress} is the guest
 * address whose access faulted and {@code write} tells whether it was a store.
 */
public record SignalInfo(int signo, int senderPid, long faultAddress, boolean write) {
    public static SignalInfo sent(int signo, int senderPid) { return new SignalInfo(signo, senderPid, 0, false); }
}
