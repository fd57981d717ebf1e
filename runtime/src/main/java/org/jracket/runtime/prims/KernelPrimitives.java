package org.jracket.runtime.prims;

/**
 * Builds the table of values exported by the Java-implemented {@code #%kernel} module.
 * Each primitive family registers itself here with one line (keep the list sorted by
 * family); the table is built once per host process and shared by all places.
 */
public final class KernelPrimitives {
    private KernelPrimitives() {}

    private static volatile PrimitiveTable table;

    public static PrimitiveTable table() {
        PrimitiveTable t = table;
        if (t == null) {
            synchronized (KernelPrimitives.class) {
                if (table == null) table = build();
                t = table;
            }
        }
        return t;
    }

    private static PrimitiveTable build() {
        PrimitiveTable t = new PrimitiveTable("#%kernel");
        // One line per family, e.g. ListPrims.register(t);
        EqualityPrims.register(t);
        ListPrims.register(t);
        SymbolPrims.register(t);
        CharPrims.register(t);
        StringPrims.register(t);
        RacketStringPrims.register(t);
        BytesPrims.register(t);
        VectorPrims.register(t);
        BoxPrims.register(t);
        HashPrims.register(t);
        StructPrims.register(t);
        ArityPrims.register(t);
        MiscPrims.register(t);
        org.jracket.runtime.exn.ExnPrims.register(t);
        org.jracket.runtime.num.NumberPrims.register(t);
        org.jracket.runtime.eval.ControlPrims.register(t);
        org.jracket.runtime.eval.RandomParameter.register(t);
        org.jracket.runtime.io.IoPrims.register(t);
        org.jracket.runtime.io.FilePrims.register(t);
        org.jracket.runtime.io.PathPrims.register(t);
        org.jracket.runtime.boot.SystemPrims.register(t);
        org.jracket.runtime.expand.SyntaxPrims.register(t);
        org.jracket.runtime.parallel.ParallelPrims.register(t);
        org.jracket.runtime.regexp.RegexpPrims.register(t);
        org.jracket.runtime.log.LoggingPrims.register(t);
        org.jracket.runtime.module.PrimitiveModules.register(SortPrims.table(t));
        UnsafePrims.register();
        return t;
    }
}
