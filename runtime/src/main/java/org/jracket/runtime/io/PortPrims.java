package org.jracket.runtime.io;

import java.nio.charset.StandardCharsets;
import org.jracket.runtime.data.*;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.PrimitiveTable;

/** String/byte ports, port predicates, closing and line counting. */
final class PortPrims {
    private PortPrims() {}

    private static final Symbol STRING = Symbol.of("string");

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("open-input-string", 1, 2, a -> BytesInputPort.ofString(
                a.length > 1 ? a[1] : STRING, IoArgs.string("open-input-string", a, 0).toString())));
        t.add(Primitive.ofN("open-input-bytes", 1, 2, a -> new BytesInputPort(
                a.length > 1 ? a[1] : STRING, IoArgs.bytes("open-input-bytes", a, 0).bytes.clone())));
        t.add(Primitive.ofN("open-output-string", 0, 1, a -> new BytesOutputPort(a.length > 0 ? a[0] : STRING)));
        t.add(Primitive.ofN("open-output-bytes", 0, 1, a -> new BytesOutputPort(a.length > 0 ? a[0] : STRING)));
        t.add(Primitive.ofN("get-output-string", 1, 1, a ->
                MString.mutable(stringPort("get-output-string", a).contentString())));
        t.add(Primitive.ofN("get-output-bytes", 1, 4, a -> {
            BytesOutputPort p = stringPort("get-output-bytes", a);
            boolean reset = a.length > 1 && a[1] != Boolean.FALSE;
            int start = a.length > 2 ? IoArgs.natural("get-output-bytes", a, 2) : 0;
            int end = a.length > 3 ? IoArgs.natural("get-output-bytes", a, 3) : p.size();
            byte[] b = p.bytes(start, end);
            if (reset) p.reset();
            return new Bytes(b, false);
        }));
        t.add(Primitive.of1("port?", v -> v instanceof InputPort || v instanceof OutputPort));
        t.add(Primitive.of1("input-port?", v -> v instanceof InputPort));
        t.add(Primitive.of1("output-port?", v -> v instanceof OutputPort));
        t.add(Primitive.of1("string-port?", v -> v instanceof BytesInputPort || v instanceof BytesOutputPort));
        t.add(Primitive.of1("file-stream-port?", v -> v instanceof FdInputPort || v instanceof FdOutputPort));
        t.add(Primitive.of1("terminal-port?", v -> Boolean.FALSE));
        t.add(Primitive.of1("port-closed?", v -> {
            if (v instanceof InputPort p) return p.isClosed();
            if (v instanceof OutputPort p) return p.isClosed();
            throw Errors.contract("port-closed?", "port?", v);
        }));
        t.add(Primitive.of1("close-input-port", v -> {
            if (!(v instanceof InputPort p)) throw Errors.contract("close-input-port", "input-port?", v);
            p.close();
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("close-output-port", v -> {
            if (!(v instanceof OutputPort p)) throw Errors.contract("close-output-port", "output-port?", v);
            p.close();
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("port-count-lines!", v -> {
            if (v instanceof InputPort p) p.countLines();
            else if (v instanceof OutputPort p) p.countLines();
            else throw Errors.contract("port-count-lines!", "port?", v);
            return VoidValue.VOID;
        }));
        t.add(Primitive.of1("port-counts-lines?", v -> v instanceof InputPort p ? p.isCountingLines()
                : v instanceof OutputPort o && o.isCountingLines()));
        t.add(Primitive.of1("port-next-location", PortPrims::nextLocation));
        BufferPrims.register(t);
        PipePrims.register(t);
        CustomPorts.register(t);
    }

    private static BytesOutputPort stringPort(String who, Object[] a) {
        if (a[0] instanceof BytesOutputPort p) return p;
        throw Errors.contractArg(who, "(and/c output-port? string-port?)", 0, a);
    }

    private static Object nextLocation(Object v) {
        boolean counting;
        long line, col, pos;
        if (v instanceof InputPort p) {
            counting = p.isCountingLines(); line = p.line(); col = p.column(); pos = p.position();
        } else if (v instanceof OutputPort p) {
            counting = p.isCountingLines(); line = p.line(); col = p.column(); pos = p.position();
        } else {
            throw Errors.contract("port-next-location", "port?", v);
        }
        return new MultipleValues(new Object[] {
            counting ? (Object) line : Boolean.FALSE, counting ? (Object) col : Boolean.FALSE, pos});
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
