package org.jracket.runtime.parallel;

/** {@code always-evt} (always ready, result itself) and {@code never-evt} (never ready). */
final class ConstantEvt implements BaseEvt {
    static final ConstantEvt ALWAYS = new ConstantEvt(true, "#<always-evt>");
    static final ConstantEvt NEVER = new ConstantEvt(false, "#<never-evt>");

    private final boolean ready;
    private final String printed;

    private ConstantEvt(boolean ready, String printed) { this.ready = ready; this.printed = printed; }

    @Override public Object poll(Waiter w, int index) { return ready ? this : NOT_READY; }

    @Override public String toString() { return printed; }
}
