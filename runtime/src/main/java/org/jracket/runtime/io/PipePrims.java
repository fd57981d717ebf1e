package org.jracket.runtime.io;

import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** make-pipe, pipe-content-length and file-position. */
final class PipePrims {
    private PipePrims() {}

    private static final Symbol PIPE = Symbol.of("pipe");

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("make-pipe", 0, 3, a -> {
            Object limit = a.length > 0 ? a[0] : Boolean.FALSE;
            if (!(limit == Boolean.FALSE || limit instanceof Long n && n > 0)) {
                throw Errors.contractArg("make-pipe", "(or/c #f exact-positive-integer?)", 0, a);
            }
            return PipeEnds.make(limit instanceof Long n ? n : 0,
                    a.length > 1 ? a[1] : PIPE, a.length > 2 ? a[2] : PIPE);
        }));
        t.add(Primitive.of1("pipe-content-length", v -> {
            PipeEnds p = v instanceof FdInputPort i ? i.pipe : v instanceof FdOutputPort o ? o.pipe : null;
            if (p == null) throw Errors.contract("pipe-content-length", "(or/c pipe-input-port? pipe-output-port?)", v);
            return p.contentLength();
        }));
        t.add(Primitive.ofN("file-position", 1, 2, PipePrims::filePosition));
        t.add(Primitive.ofN("file-position*", 1, 1, a -> {
            if (a[0] instanceof InputPort in) return in.filePosition();
            if (a[0] instanceof OutputPort out) return out.filePosition();
            throw Errors.contractArg("file-position*", "port?", 0, a);
        }));
    }

    private static Object filePosition(Object[] a) {
        Object port = a[0];
        if (!(port instanceof InputPort || port instanceof OutputPort)) {
            throw Errors.contractArg("file-position", "port?", 0, a);
        }
        if (port instanceof InputPort in && in.isClosed()) in.checkOpen("file-position");
        if (port instanceof OutputPort out && out.isClosed()) out.checkOpen("file-position");
        if (a.length == 1) {
            return port instanceof InputPort in ? in.filePosition() : ((OutputPort) port).filePosition();
        }
        boolean toEnd = a[1] == Eof.EOF;
        if (!toEnd && !(a[1] instanceof Long n && n >= 0)) {
            throw Errors.contractArg("file-position", "(or/c exact-nonnegative-integer? eof-object?)", 1, a);
        }
        long pos = toEnd ? 0 : (Long) a[1];
        boolean ok = port instanceof InputPort in ? !toEnd && in.setFilePosition(pos)
                : ((OutputPort) port).setFilePosition(pos, toEnd);
        if (!ok) {
            throw Errors.contractFail("file-position: setting position allowed for file-stream and string ports only\n  port: "
                    + org.jracket.runtime.print.Printer.toWriteString(port) + "\n  position: "
                    + org.jracket.runtime.print.Printer.toWriteString(a[1]));
        }
        return VoidValue.VOID;
    }
}
