package org.jracket.runtime.eval;

/** One top-level form of a linklet, run as a thunk under its own prompt. */
final class FormThunk extends ControlProcedure {
    private final Node form;
    private final Object[] frame;

    FormThunk(Node form, Object[] frame) { super("form", 1); this.form = form; this.frame = frame; }

    @Override Object applyControl(Machine m, Object[] args) { return form.eval(frame, m); }
}
