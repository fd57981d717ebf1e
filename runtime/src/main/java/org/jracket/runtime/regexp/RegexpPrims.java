package org.jracket.runtime.regexp;

import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.Primitive;
import org.jracket.runtime.data.Procedure;
import org.jracket.runtime.exn.Errors;
import org.jracket.runtime.prims.Args;
import org.jracket.runtime.prims.PrimitiveTable;
import org.jracket.runtime.print.Printer;

/**
 * The regexp primitives of #%kernel. regexp-match* and regexp-match-positions* take
 * keywords, so #%kernel has their engine as regexp-match*-impl and racket/private/regexp-fns
 * defines the keyword procedures over it.
 */
public final class RegexpPrims {
    private RegexpPrims() {}

    public static void register(PrimitiveTable t) {
        t.add(constructor("regexp", false, false));
        t.add(constructor("pregexp", true, false));
        t.add(constructor("byte-regexp", false, true));
        t.add(constructor("byte-pregexp", true, true));
        t.add(Primitive.of1("regexp?", v -> Args.bool(v instanceof Regexp r && !r.bytes)));
        t.add(Primitive.of1("pregexp?", v -> Args.bool(v instanceof Regexp r && !r.bytes && r.pregexp)));
        t.add(Primitive.of1("byte-regexp?", v -> Args.bool(v instanceof Regexp r && r.bytes)));
        t.add(Primitive.of1("byte-pregexp?", v -> Args.bool(v instanceof Regexp r && r.bytes && r.pregexp)));
        t.add(Primitive.of1("regexp-max-lookbehind", v -> {
            if (!(v instanceof Regexp r)) throw Errors.contract("regexp-max-lookbehind", "(or/c regexp? byte-regexp?)", v);
            return (long) r.maxLookbehind();
        }));
        matchOne(t, "regexp-match", MatchOne.Kind.MATCH);
        matchOne(t, "regexp-match-positions", MatchOne.Kind.POSITIONS);
        matchOne(t, "regexp-match?", MatchOne.Kind.BOOL);
        matchOne(t, "regexp-try-match", MatchOne.Kind.TRY);
        matchOne(t, "regexp-match-peek", MatchOne.Kind.PEEK);
        matchOne(t, "regexp-match-peek-positions", MatchOne.Kind.PEEK_POSITIONS);
        t.add(Primitive.of2("regexp-match-exact?", RegexpPrims::matchExact));
        t.add(Primitive.ofN("regexp-match*-impl", 6, 9, MatchAll::matchStar));
        t.add(Primitive.ofN("regexp-split", 2, 5, MatchAll::split));
        t.add(Primitive.ofN("regexp-replace", 3, 6, a -> Replace.run("regexp-replace", false, a)));
        t.add(Primitive.ofN("regexp-replace*", 3, 6, a -> Replace.run("regexp-replace*", true, a)));
        t.add(Primitive.ofN("regexp-quote", 1, 2, Quoting::regexpQuote));
        t.add(Primitive.of1("regexp-replace-quote", Quoting::replaceQuote));
    }

    private static void matchOne(PrimitiveTable t, String name, MatchOne.Kind kind) {
        t.add(Primitive.ofN(name, 2, 6, a -> MatchOne.run(name, kind, a)));
    }

    private static Primitive constructor(String name, boolean px, boolean bytes) {
        return Primitive.ofN(name, 1, 2, a -> {
            int[] units;
            if (bytes) {
                if (!(a[0] instanceof Bytes b)) throw Errors.contract(name, "bytes?", a[0]);
                units = Regexp.toUnits(b.bytes);
            } else {
                if (!(a[0] instanceof MString s)) throw Errors.contract(name, "string?", a[0]);
                units = s.chars;
            }
            if (a.length > 1) {
                // With a handler, a bad pattern calls it with the message instead of raising.
                Procedure handler = Args.procedure(name, a[1]);
                try {
                    return Regexp.compile(px, bytes, units);
                } catch (RegexpSyntaxError e) {
                    return handler.apply1(MString.immutable(e.getMessage()));
                }
            }
            return compileOrRaise(name, px, bytes, units);
        });
    }

    /** Compiles or raises exn:fail:contract "who: message\n  pattern: ...". */
    static Regexp compileOrRaise(String who, boolean px, boolean bytes, int[] units) {
        try {
            return Regexp.compile(px, bytes, units);
        } catch (RegexpSyntaxError e) {
            Object src = bytes ? new Bytes(toBytes(units), true) : new MString(units, true);
            throw Errors.contractFail(who + ": " + e.getMessage() + "\n  pattern: " + Printer.toWriteString(src));
        }
    }

    private static byte[] toBytes(int[] units) {
        byte[] b = new byte[units.length];
        for (int k = 0; k < units.length; k++) b[k] = (byte) units[k];
        return b;
    }

    private static Object matchExact(Object pattern, Object input) {
        String who = "regexp-match-exact?";
        Regexp rx = Inputs.pattern(who, pattern);
        if (!(input instanceof MString || input instanceof Bytes || input instanceof org.jracket.runtime.io.Path)) {
            throw Errors.contract(who, "(or/c string? bytes? path?)", input);
        }
        Subject s = Inputs.subject(rx, input);
        int[] caps = new Finder(rx, s, 0, s.length(), null).next(0, -1);
        return Args.bool(caps != null && caps[0] == 0 && caps[1] == s.length());
    }
}
