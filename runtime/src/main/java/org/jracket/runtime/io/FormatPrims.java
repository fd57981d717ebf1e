package org.jracket.runtime.io;

import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.print.Formatter;
import org.jracket.runtime.prims.PrimitiveTable;

/** format, printf, fprintf, eprintf. */
final class FormatPrims {
    private FormatPrims() {}

    static void register(PrimitiveTable t) {
        t.add(Primitive.ofN("format", 1, -1, a -> {
            BytesOutputPort o = new BytesOutputPort(Symbol.of("string"));
            Formatter.format("format", Formatter.patternArg("format", a[0]), a, 1, o);
            return MString.mutable(o.contentString());
        }));
        t.add(Primitive.ofN("printf", 1, -1, a -> {
            Formatter.format("printf", Formatter.patternArg("printf", a[0]), a, 1, Ports.output());
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("eprintf", 1, -1, a -> {
            Formatter.format("eprintf", Formatter.patternArg("eprintf", a[0]), a, 1, Ports.error());
            return VoidValue.VOID;
        }));
        t.add(Primitive.ofN("fprintf", 2, -1, a -> {
            OutputPort o = IoArgs.out("fprintf", a, 0);
            Formatter.format("fprintf", Formatter.patternArg("fprintf", a[1]), a, 2, o);
            return VoidValue.VOID;
        }));
    }
}
