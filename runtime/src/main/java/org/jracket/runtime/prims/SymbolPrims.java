package org.jracket.runtime.prims;

import java.util.concurrent.atomic.AtomicLong;
import org.jracket.runtime.data.Keyword;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.exn.Errors;

/** Symbols and keywords. */
public final class SymbolPrims {
    private SymbolPrims() {}

    /** gensym counter; shared by all places so generated names never repeat in a host. */
    private static final AtomicLong GENSYM = new AtomicLong(100);

    public static void register(PrimitiveTable t) {
        t.add(Primitive.of1("symbol?", v -> Args.bool(v instanceof Symbol)));
        t.add(Primitive.of1("symbol->string", v -> MString.mutable(Args.symbol("symbol->string", v).name)));
        t.add(Primitive.of1("string->symbol", v -> Symbol.of(Args.string("string->symbol", v).toString())));
        t.add(Primitive.of1("string->uninterned-symbol",
                v -> Symbol.uninterned(Args.string("string->uninterned-symbol", v).toString())));
        t.add(Primitive.of1("string->unreadable-symbol",
                v -> Symbol.unreadable(Args.string("string->unreadable-symbol", v).toString())));
        t.add(Primitive.of1("symbol-interned?", v -> Args.bool(Args.symbol("symbol-interned?", v).isInterned())));
        t.add(Primitive.of1("symbol-unreadable?",
                v -> Args.bool(Args.symbol("symbol-unreadable?", v).kind == Symbol.Kind.UNREADABLE)));
        t.add(Primitive.ofN("gensym", 0, 1, SymbolPrims::gensym));
        t.add(Primitive.ofN("symbol<?", 1, -1, a -> ordered("symbol<?", a, true)));
        t.add(Primitive.of1("keyword?", v -> Args.bool(v instanceof Keyword)));
        t.add(Primitive.of1("keyword->string", v -> MString.mutable(Args.keyword("keyword->string", v).name)));
        t.add(Primitive.of1("string->keyword", v -> Keyword.of(Args.string("string->keyword", v).toString())));
        t.add(Primitive.ofN("keyword<?", 1, -1, a -> ordered("keyword<?", a, false)));
    }

    private static Object gensym(Object[] a) {
        String base = "g";
        if (a.length == 1) {
            if (a[0] instanceof Symbol s) base = s.name;
            else if (a[0] instanceof MString s) base = s.toString();
            else throw Errors.contract("gensym", "(or/c symbol? string?)", a[0]);
        }
        return Symbol.uninterned(base + GENSYM.incrementAndGet());
    }

    /** symbol<? / keyword<?: all arguments are checked, then compared by name (as UTF-8 bytes, like Racket). */
    private static Object ordered(String who, Object[] a, boolean symbols) {
        String[] names = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            names[i] = symbols ? Args.symbol(who, a[i]).name : Args.keyword(who, a[i]).name;
        }
        for (int i = 0; i + 1 < names.length; i++) {
            if (StringPrims.compareCodePoints(names[i], names[i + 1]) >= 0) return Boolean.FALSE;
        }
        return Boolean.TRUE;
    }
}
