package org.jracket.runtime.module.compiled;

import static org.jracket.runtime.module.compiled.Tags.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.jracket.runtime.expand.BulkImport;
import org.jracket.runtime.expand.CoreScope;
import org.jracket.runtime.expand.TopLevel;
import org.jracket.runtime.expand.stx.StxCodec;
import org.jracket.runtime.ir.Local;
import org.jracket.runtime.module.ModuleExports;
import org.jracket.runtime.module.ModuleName;
import org.jracket.runtime.num.Complex;
import org.jracket.runtime.num.Ratnum;
import org.jracket.runtime.prims.hash.HashKind;
import org.jracket.runtime.prims.hash.ImmutableHash;
import org.jracket.runtime.syntax.Binding;
import org.jracket.runtime.syntax.MultiScope;
import org.jracket.runtime.syntax.Scope;
import org.jracket.runtime.syntax.ScopeSet;
import org.jracket.runtime.syntax.SrcLoc;
import org.jracket.runtime.syntax.Syntax;

/** Reads what {@link GraphWriter} wrote, registering shareable objects in the same order. */
final class GraphReader {
    final ByteSource in;
    private Object[] objs = new Object[4096];
    private int count;
    private final ArrayList<String> strings = new ArrayList<>();
    private final ArrayList<Symbol> symbols = new ArrayList<>();
    private final Object[][] deps;
    private final String root;

    GraphReader(ByteSource in, Object[][] deps, String root) { this.in = in; this.deps = deps; this.root = root; }

    /** This unit's object table (what dependents refer into). */
    Object[] table() { return Arrays.copyOf(objs, count); }

    String str() {
        int k = in.uint();
        if (k == 0) return null;
        if (k == 1) { String s = in.utf8(); strings.add(s); return s; }
        return strings.get(k - 2);
    }

    private Symbol sym() {
        int k = in.uint();
        if (k > 0) return symbols.get(k - 1);
        Symbol s = Symbol.of(str());
        symbols.add(s);
        return s;
    }

    private int reserve() {
        if (count == objs.length) objs = Arrays.copyOf(objs, count * 2);
        return count++;
    }

    private <T> T fill(int i, T v) { objs[i] = v; return v; }

    private static BigInteger big(byte[] b) { return new BigInteger(b); }

    Object obj() {
        int tag = in.u8();
        switch (tag) {
            case NULL: return null;
            case REF: return objs[in.uint()];
            case EXT: { Object[] d = deps[in.uint()]; return d[in.uint()]; }
            case TRUE: return Boolean.TRUE;
            case FALSE: return Boolean.FALSE;
            case EMPTY: return Null.NULL;
            case VOID: return VoidValue.VOID;
            case EOF: return Eof.EOF;
            case UNDEFINED: return Undefined.UNDEFINED;
            case FIXNUM: return in.svar();
            case BIGNUM: return big(in.bytes());
            case FLONUM: return Double.longBitsToDouble(in.i64());
            case RATNUM: return Ratnum.make(big(in.bytes()), big(in.bytes()));
            case COMPLEX: { Object re = obj(); return Complex.make(re, obj()); }
            case JSTRING: return str();
            case REL_PATH: return root + str();
            case SYMBOL: return sym();
            case UNREADABLE: return Symbol.unreadable(str());
            case UNINTERNED: { int i = reserve(); return fill(i, Symbol.uninterned(str())); }
            case KEYWORD: return Keyword.of(str());
            case MSTRING: { boolean imm = in.u8() == 1; String s = str(); return imm ? MString.immutable(s) : MString.mutable(s); }
            case BYTES: { boolean imm = in.u8() == 1; return new Bytes(in.bytes(), imm); }
            case CHAR: return Char.of(in.uint());
            case TOP_LEVEL: return TopLevel.MODULE;
            case SRCLOC_NONE: return SrcLoc.NONE;
            case LIST: return list();
            case VECTOR: {
                boolean imm = in.u8() == 1;
                Object[] items = new Object[in.uint()];
                for (int i = 0; i < items.length; i++) items[i] = obj();
                return new MVector(items, imm);
            }
            case BOX: { boolean imm = in.u8() == 1; return new Box(obj(), imm); }
            case HASH: {
                ImmutableHash h = ImmutableHash.empty(HashKind.values()[in.uint()]);
                for (int n = in.uint(); n > 0; n--) { Object k = obj(); h = h.set(k, obj()); }
                return h;
            }
            case PRIM_VALUE: { String t = str(); return PrimitiveNames.lookup(t, str()); }
            default: return context(tag);
        }
    }

    private Object list() {
        Object[] cars = new Object[in.uint()];
        for (int i = 0; i < cars.length; i++) cars[i] = obj();
        Object r = obj();
        for (int i = cars.length - 1; i >= 0; i--) r = new Pair(cars[i], r);
        return r;
    }

    private Object context(int tag) {
        switch (tag) {
            case SYNTAX: {
                int i = reserve();
                Object e = obj();
                SrcLoc loc = (SrcLoc) obj();
                ScopeSet scopes = (ScopeSet) obj();
                Syntax.Shifted[] multi = new Syntax.Shifted[in.uint()];
                for (int k = 0; k < multi.length; k++) multi[k] = new Syntax.Shifted((MultiScope) obj(), in.sint());
                int np = in.uint();
                Map<Object, Object> props = null;
                if (np > 0) {
                    HashMap<Object, Object> m = new HashMap<>();
                    for (int k = 0; k < np; k++) { Object key = obj(); m.put(key, obj()); }
                    props = Map.copyOf(m);
                }
                return fill(i, Syntax.restore(e, loc, scopes, multi, props));
            }
            case SRCLOC: {
                int i = reserve();
                Object src = obj();
                return fill(i, new SrcLoc(src, in.sint(), in.sint(), in.sint(), in.sint()));
            }
            case CORE_SCOPE: return CoreScope.INSTANCE;
            case SCOPE: { int i = reserve(); return fill(i, new Scope(str())); }
            case REP_SCOPE: {
                int i = reserve();
                MultiScope ms = (MultiScope) obj();
                return fill(i, ms.at(in.sint()));
            }
            case MULTI_SCOPE: { int i = reserve(); return fill(i, new MultiScope(str())); }
            case SCOPE_SET: {
                int i = reserve();
                Scope[] ss = new Scope[in.uint()];
                for (int k = 0; k < ss.length; k++) ss[k] = (Scope) obj();
                return fill(i, ScopeSet.ofDistinct(ss));
            }
            case MODULE_BINDING: {
                int i = reserve();
                Object m = obj(); int p = in.sint(); Symbol s = (Symbol) obj();
                Object nm = obj(); int np = in.sint(); Symbol ns = (Symbol) obj();
                return fill(i, new Binding.Module(m, p, s, nm, np, ns, in.sint()));
            }
            case LOCAL_BINDING: return new Binding.Local((Symbol) obj());
            case MODULE_NAME: {
                int i = reserve();
                Object r = obj();
                List<Symbol> subs = new ArrayList<>();
                for (int n = in.uint(); n > 0; n--) subs.add((Symbol) obj());
                return fill(i, new ModuleName(r, subs));
            }
            case STX_CODE: return StxCodec.read(new StxCodec.In() {
                @Override public int num() { return in.uint(); }
                @Override public Object obj() { return GraphReader.this.obj(); }
            });
            case LOCAL: { int i = reserve(); return fill(i, new Local((Symbol) obj())); }
            default: throw new ByteSource.CorruptUnit("bad tag " + tag + " at offset " + (in.position() - 1));
        }
    }

    /** Fills the binding tables; exportsOf gives the provides of a module a bulk import names. */
    void tables(Function<ModuleName, ModuleExports> exportsOf) {
        while (true) {
            Scope s = (Scope) obj();
            if (s == null) return;
            for (int n = in.uint(); n > 0; n--) {
                Symbol sym = (Symbol) obj();
                for (int k = in.uint(); k > 0; k--) {
                    ScopeSet ss = (ScopeSet) obj();
                    s.addBinding(sym, ss, (Binding) obj());
                }
            }
            for (int n = in.uint(); n > 0; n--) {
                ScopeSet ss = (ScopeSet) obj();
                ModuleName m = (ModuleName) obj();
                int phase = in.sint();
                String prefix = str();
                Set<Symbol> except = new HashSet<>();
                for (int k = in.uint(); k > 0; k--) except.add((Symbol) obj());
                int level = in.sint();
                s.addBulk(ss, new BulkImport(m, phase, prefix, Set.copyOf(except), level, exportsOf.apply(m)));
            }
        }
    }
}
