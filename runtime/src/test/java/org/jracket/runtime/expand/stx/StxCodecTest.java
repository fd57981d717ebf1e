package org.jracket.runtime.expand.stx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;
import org.junit.jupiter.api.Test;

/** Templates survive the compiled-module encoding (the ~?, ~@ and attribute nodes included). */
class StxCodecTest {
    /** Encodes and decodes t, with sub-objects kept in memory. */
    private static Object roundTrip(Object t) {
        List<Object> items = new ArrayList<>();
        assertTrue(StxCodec.write(t, new StxCodec.Out() {
            @Override public void num(int n) { items.add(n); }
            @Override public void obj(Object v) { items.add(v instanceof Template || v instanceof Pattern ? new Nested(roundTrip(v)) : v); }
        }));
        int[] i = {0};
        return StxCodec.read(new StxCodec.In() {
            @Override public int num() { return (Integer) items.get(i[0]++); }
            @Override public Object obj() { Object v = items.get(i[0]++); return v instanceof Nested n ? n.v : v; }
        });
    }

    private record Nested(Object v) {}

    private static Syntax stx(Object datum) { return Syntax.fromDatum(null, datum, SrcLoc.NONE, null); }

    @Test void optSpliceAndAttributeTemplates() {
        Syntax id = stx(Symbol.of("x"));
        // (g (~? x 0) (~@ x x) end) with x = 5
        Template t = new Template.PairT(Template.Const.INSTANCE,
                new Template.PairT(new Template.Opt(new Template.Var(0, id), Template.Const.INSTANCE, false, null),
                        new Template.Splice(new Template.SpliceBody(new Template.PairT(new Template.Var(0, id),
                                new Template.PairT(new Template.Var(0), Template.Const.INSTANCE))),
                                Template.Const.INSTANCE)));
        Template back = (Template) roundTrip(t);
        Syntax tmpl = stx(Pair.list(Symbol.of("g"), Pair.list(Symbol.of("~?"), Symbol.of("x"), 0L),
                Pair.list(Symbol.of("~@"), Symbol.of("x"), Symbol.of("x")), Symbol.of("end")));
        Object[] env = {stx(5L)};
        assertEquals("(g 5 5 5 end)", org.jracket.runtime.print.Printer.toWriteString(Syntax.toDatum(back.fillAll(tmpl, env))));
        Object[] absent = {Boolean.FALSE};
        Template optOnly = (Template) roundTrip(new Template.PairT(Template.Const.INSTANCE,
                new Template.Opt(new Template.Var(0, id), null, true, Template.Const.INSTANCE)));
        Syntax t2 = stx(Pair.list(Symbol.of("g"), Pair.list(Symbol.of("~?"), Symbol.of("x"))));
        assertEquals("(g)", org.jracket.runtime.print.Printer.toWriteString(Syntax.toDatum(optOnly.fillAll(t2, absent))));
    }
}
