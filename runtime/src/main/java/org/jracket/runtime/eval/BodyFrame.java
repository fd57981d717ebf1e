package org.jracket.runtime.eval;

/** A call that was about to start when the stack was moved to the heap (a spill). */
final class BodyFrame extends ContFrame {
    private final Node body;
    private final Object[] frame;

    BodyFrame(Node body, Object[] frame) { this.body = body; this.frame = frame; }

    @Override Object resume(Object ignored, Machine m) { return m.runBody(body, frame); }
}
