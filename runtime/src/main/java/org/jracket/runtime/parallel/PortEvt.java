package org.jracket.runtime.parallel;

import org.jracket.runtime.io.InputPort;
import org.jracket.runtime.io.OutputPort;

/**
 * A port used as an event: an input port is ready when a read would not wait (data or end of
 * file), an output port when a write would not (always, for the ports we have); the result is
 * the port. The kernel has no poll to wake us, so a waiting sync polls again every millisecond.
 */
final class PortEvt implements BaseEvt {
    private final Object port;

    PortEvt(Object port) { this.port = port; }

    @Override public Object poll(Waiter w, int index) {
        if (port instanceof InputPort in) return in.isClosed() || in.ready() ? port : NOT_READY;
        return port instanceof OutputPort ? port : NOT_READY;
    }

    @Override public long deadline() { return System.nanoTime() + 1_000_000L; }
}
