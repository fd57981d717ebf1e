package org.jracket.runtime.module.compiled;

import static org.jracket.runtime.module.compiled.Tags.*;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jracket.runtime.data.Box;
import org.jracket.runtime.data.Bytes;
import org.jracket.runtime.data.Char;
import org.jracket.runtime.data.Eof;
import org.jracket.runtime.data.Keyword;
import org.jracket.runtime.data.MString;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;
import org.jracket.runtime.data.Undefined;
import org.jracket.runtime.data.VoidValue;
import org.jracket.runtime.expand.CoreScope;
import org.jracket.runtime.expand.TopLevel;
import org.jracket.runtime.expand.stx.StxCodec;
import org.jracket.runtime.ir.Local;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.num.Complex;
import org.jracket.runtime.num.Ratnum;
import org.jracket.runtime.prims.hash.ImmutableHash;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.MultiScope;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.ScopeSet;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/**
 * Writes the object graph of one unit: data, syntax objects and their scopes, bindings and
 * module names (see {@link Tags} for the format). Objects that an earlier unit owns are
 * written as references into that unit, so scopes keep one identity host-wide.
 */
final class GraphWriter {
    final ByteSink out = new ByteSink();
    private final IdentityHashMap<Object, Integer> shared = new IdentityHashMap<>();
    /** Shared objects in index order: this unit's export table. */
    final List<Object> owned = new ArrayList<>();
    private final HashMap<String, Integer> strings = new HashMap<>();
    private final HashMap<Symbol, Integer> symbols = new HashMap<>();
    private final Exports earlier;
    /** Earlier units referenced, in first-use order: path to dependency index. */
    final LinkedHashMap<String, Integer> deps = new LinkedHashMap<>();
    private final ArrayDeque<Scope> tables = new ArrayDeque<>();
    private final java.util.Set<Scope> tablesDone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final String root;
    private final String context;

    /**
     * @param root the collects root with a trailing slash (paths under it are written relative), or null
     * @param context the module being written, for error messages
     */
    GraphWriter(Exports earlier, String root, String context) {
        this.earlier = earlier; this.root = root; this.context = context;
    }

    /** A value that the format cannot carry: the build fails naming the module and the value. */
    static final class Unwritable extends RuntimeException {
        Unwritable(String m) { super(m); }
    }

    void str(String s) {
        if (s == null) { out.uvar(0); return; }
        Integer i = strings.get(s);
        if (i != null) { out.uvar(i + 2L); return; }
        strings.put(s, strings.size());
        out.uvar(1);
        out.bytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void sym(Symbol s) {
        Integer i = symbols.get(s);
        if (i != null) { out.uvar(i + 1L); return; }
        symbols.put(s, symbols.size());
        out.uvar(0);
        str(s.name);
    }

    /** Assigns the next index to a shareable object (before its fields, so cycles terminate). */
    private void share(Object v) {
        shared.put(v, owned.size());
        owned.add(v);
    }

    void obj(Object v) {
        if (v == null) { out.u8(NULL); return; }
        if (v instanceof Boolean b) { out.u8(b ? TRUE : FALSE); return; }
        if (v instanceof Long l) { out.u8(FIXNUM); out.svar(l); return; }
        if (v instanceof Symbol s && s.kind != Symbol.Kind.UNINTERNED) {
            out.u8(s.isInterned() ? SYMBOL : UNREADABLE);
            if (s.isInterned()) sym(s); else str(s.name);
            return;
        }
        Integer i = shared.get(v);
        if (i != null) { out.u8(REF); out.uvar(i); return; }
        long x = earlier.find(v);
        if (x >= 0) {
            out.u8(EXT);
            out.uvar(deps.computeIfAbsent(earlier.path((int) (x >>> 32)), p -> deps.size()));
            out.uvar(x & 0xFFFFFFFFL);
            return;
        }
        if (!atom(v) && !compound(v) && !context(v) && !stxCode(v)) {
            String[] prim = PrimitiveNames.nameOf(v);
            if (prim == null) {
                throw new Unwritable(context + ": cannot write a compiled form of a value of type "
                        + v.getClass().getName() + ": " + v);
            }
            out.u8(PRIM_VALUE); str(prim[0]); str(prim[1]);
        }
    }

    private boolean atom(Object v) {
        if (v == Null.NULL) out.u8(EMPTY);
        else if (v == VoidValue.VOID) out.u8(VOID);
        else if (v == Eof.EOF) out.u8(EOF);
        else if (v == Undefined.UNDEFINED) out.u8(UNDEFINED);
        else if (v instanceof Double d) { out.u8(FLONUM); out.i64(Double.doubleToRawLongBits(d)); }
        else if (v instanceof BigInteger b) { out.u8(BIGNUM); out.bytes(b.toByteArray()); }
        else if (v instanceof Ratnum r) { out.u8(RATNUM); out.bytes(r.num.toByteArray()); out.bytes(r.den.toByteArray()); }
        else if (v instanceof Complex c) { out.u8(COMPLEX); obj(c.re); obj(c.im); }
        else if (v instanceof String s) {
            if (root != null && s.startsWith(root)) { out.u8(REL_PATH); str(s.substring(root.length())); }
            else { out.u8(JSTRING); str(s); }
        }
        else if (v instanceof Symbol s) { share(s); out.u8(UNINTERNED); str(s.name); }
        else if (v instanceof Keyword k) { out.u8(KEYWORD); str(k.name); }
        else if (v instanceof MString s) { out.u8(MSTRING); out.u8(s.immutable ? 1 : 0); str(new String(s.chars, 0, s.chars.length)); }
        else if (v instanceof Bytes b) { out.u8(BYTES); out.u8(b.immutable ? 1 : 0); out.bytes(b.bytes); }
        else if (v instanceof Char c) { out.u8(CHAR); out.uvar(c.code); }
        else if (v == TopLevel.MODULE) out.u8(TOP_LEVEL);
        else if (v == SrcLoc.NONE) out.u8(SRCLOC_NONE);
        else return false;
        return true;
    }

    private boolean compound(Object v) {
        if (v instanceof Pair p) {
            List<Object> cars = new ArrayList<>();
            Object t = p;
            while (t instanceof Pair q) { cars.add(q.car); t = q.cdr; }
            out.u8(LIST); out.uvar(cars.size());
            for (Object c : cars) obj(c);
            obj(t);
        } else if (v instanceof MVector vec) {
            out.u8(VECTOR); out.u8(vec.immutable ? 1 : 0); out.uvar(vec.items.length);
            for (Object o : vec.items) obj(o);
        } else if (v instanceof Box b) {
            out.u8(BOX); out.u8(b.immutable ? 1 : 0); obj(b.value);
        } else if (v instanceof ImmutableHash h) {
            out.u8(HASH); out.uvar(h.kind().ordinal()); out.uvar(h.count());
            h.forEach((k, val) -> { obj(k); obj(val); });
        } else {
            return false;
        }
        return true;
    }

    /** Lexical context: syntax objects, scopes, bindings, module names, IR locals. */
    private boolean context(Object v) {
        if (v instanceof Syntax s) {
            Object content = s.content();
            share(s);
            out.u8(SYNTAX); obj(content); obj(s.loc); obj(s.plainScopes());
            Syntax.Shifted[] m = s.multiScopes();
            out.uvar(m.length);
            for (Syntax.Shifted x : m) { obj(x.ms()); out.svar(x.shift()); }
            Map<Object, Object> props = s.properties();
            out.uvar(props.size());
            props.forEach((k, val) -> { obj(k); obj(val); });
        } else if (v instanceof SrcLoc l) {
            share(l);
            out.u8(SRCLOC); obj(l.source()); out.svar(l.line()); out.svar(l.column()); out.svar(l.position()); out.svar(l.span());
        } else if (v == CoreScope.INSTANCE) {
            out.u8(CORE_SCOPE);
        } else if (v instanceof Scope s) {
            share(s);
            if (s.multi != null) { out.u8(REP_SCOPE); obj(s.multi); out.svar(s.phase); }
            else { out.u8(SCOPE); str(s.kind); }
            tables.add(s);
        } else if (v instanceof MultiScope ms) {
            share(ms);
            out.u8(MULTI_SCOPE); str(ms.name);
            // Identifiers carry the multi-scope, bindings live in its representatives' tables.
            tables.addAll(ms.representatives().values());
        } else if (v instanceof ScopeSet ss) {
            share(ss);
            out.u8(SCOPE_SET); out.uvar(ss.size());
            for (int i = 0; i < ss.size(); i++) obj(ss.get(i));
        } else if (v instanceof Binding.Module b) {
            share(b);
            out.u8(MODULE_BINDING); obj(b.module()); out.svar(b.phase()); obj(b.sym());
            obj(b.nominalModule()); out.svar(b.nominalPhase()); obj(b.nominalSym()); out.svar(b.nominalRequirePhase());
        } else if (v instanceof Binding.Local b) {
            out.u8(LOCAL_BINDING); obj(b.key());
        } else if (v instanceof ModuleName n) {
            share(n);
            out.u8(MODULE_NAME); obj(n.root()); out.uvar(n.subs().size());
            for (Symbol s : n.subs()) obj(s);
        } else if (v instanceof Local l) {
            share(l);
            out.u8(LOCAL); obj(l.name);
        } else {
            return false;
        }
        return true;
    }

    /** syntax-case's compiled patterns and templates (constants in expanded code). */
    private boolean stxCode(Object v) {
        int at = out.size();
        out.u8(STX_CODE);
        boolean ok = StxCodec.write(v, new StxCodec.Out() {
            @Override public void num(int n) { out.uvar(n); }
            @Override public void obj(Object x) { GraphWriter.this.obj(x); }
        });
        if (!ok && out.size() != at + 1) throw new IllegalStateException("partial pattern write");
        if (!ok) out.truncate(at);
        return ok;
    }

    /** The binding tables of every scope this unit owns (they may reach further scopes). */
    void tables() {
        while (!tables.isEmpty()) {
            Scope s = tables.poll();
            // An earlier unit owns (and wrote) its table; a scope may be queued twice.
            if (earlier.find(s) >= 0 || !tablesDone.add(s)) continue;
            obj(s); // a reference, or a representative not written yet
            Map<Symbol, Scope.BindingEntry[]> entries = s.entries();
            out.uvar(entries.size());
            entries.forEach((sym, es) -> {
                obj(sym); out.uvar(es.length);
                for (Scope.BindingEntry e : es) { obj(e.scopes()); obj(e.binding()); }
            });
            List<Scope.BulkEntry> bulk = s.bulkEntries();
            out.uvar(bulk.size());
            for (Scope.BulkEntry e : bulk) {
                if (!(e.source() instanceof org.jracket.runtime.expand.BulkImport b)) {
                    throw new Unwritable(context + ": cannot write bulk binding " + e.source());
                }
                obj(e.scopes()); obj(b.module()); out.svar(b.phase()); str(b.prefix());
                out.uvar(b.except().size());
                for (Symbol x : b.except()) obj(x);
                out.svar(b.level());
            }
        }
        out.u8(NULL);
    }
}
