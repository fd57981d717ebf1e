package org.jracket.runtime.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jracket.runtime.data.Box;
import org.jracket.runtime.data.MVector;
import org.jracket.runtime.data.Null;
import org.jracket.runtime.data.Pair;
import org.jracket.runtime.data.Symbol;

/**
 * A syntax object: a datum wrapped with lexical context, a source location and properties,
 * following the sets-of-scopes model (M. Flatt, "Binding as Sets of Scopes", POPL 2016).
 *
 * <p>In {@link #e}, pairs and vectors contain syntax objects (or further pairs whose elements
 * are syntax objects). The reader builds syntax with {@code new Syntax(e, loc)} and empty
 * context. Scope changes made to a compound object are kept pending for its children and
 * pushed down by {@link #content()} (which {@code syntax-e} uses); {@link #e} itself is the raw
 * content and is correct for everything except lexical context.
 *
 * <p>The context has two parts: phase-independent scopes (local binding scopes, macro
 * introduction and use-site scopes) and shifted multi-scopes (module scopes, one
 * representative per phase). The scope set of an identifier at phase p is the plain scopes
 * plus {@code ms.at(p - shift)} for each multi-scope.
 */
public final class Syntax {
    /** A multi-scope together with the phase shift applied to this syntax. */
    public record Shifted(MultiScope ms, int shift) {}

    private static final Shifted[] NO_MULTI = new Shifted[0];
    private static final ScopeOp[] NO_OPS = new ScopeOp[0];

    public final Object e;
    public final SrcLoc loc;
    final ScopeSet scopes;
    final Shifted[] multi;
    /** Syntax properties (immutable map), or null. */
    final Map<Object, Object> props;
    /** Operations not yet applied to the children of {@link #e}. */
    private final ScopeOp[] pending;
    /** e with pending operations pushed down; computed once. */
    private volatile Object content;

    public Syntax(Object e, SrcLoc loc) {
        this(e, loc, ScopeSet.EMPTY, NO_MULTI, null, NO_OPS);
    }

    private Syntax(Object e, SrcLoc loc, ScopeSet scopes, Shifted[] multi, Map<Object, Object> props, ScopeOp[] pending) {
        this.e = e; this.loc = loc == null ? SrcLoc.NONE : loc; this.scopes = scopes; this.multi = multi;
        this.props = props; this.pending = pending;
        if (pending.length == 0) this.content = e;
    }

    /** A syntax object with the given context and no pending operations (compiled modules). */
    public static Syntax restore(Object e, SrcLoc loc, ScopeSet scopes, Shifted[] multi, Map<Object, Object> props) {
        return new Syntax(e, loc, scopes, multi.length == 0 ? NO_MULTI : multi, props, NO_OPS);
    }

    // ---- content -------------------------------------------------------------------------

    /** The datum with lexical context pushed to the children (what syntax-e returns). */
    public Object content() {
        Object c = content;
        if (c == null) {
            c = applyOps(e, pending);
            content = c;
        }
        return c;
    }

    private static Object applyOps(Object v, ScopeOp[] ops) {
        if (v instanceof Syntax s) return s.withOps(ops);
        if (v instanceof Pair p) {
            // Iterative over the spine so long lists do not deepen the Java stack.
            ArrayList<Object> cars = new ArrayList<>();
            Object x = v;
            while (x instanceof Pair q) { cars.add(applyOps(q.car, ops)); x = q.cdr; }
            Object r = applyOps(x, ops);
            for (int i = cars.size() - 1; i >= 0; i--) r = new Pair(cars.get(i), r);
            return r;
        }
        if (v instanceof MVector vec) {
            Object[] items = new Object[vec.items.length];
            for (int i = 0; i < items.length; i++) items[i] = applyOps(vec.items[i], ops);
            return new MVector(items, true);
        }
        if (v instanceof Box b) return new Box(applyOps(b.value, ops), true);
        if (HashContent.is(v)) return HashContent.mapValues(v, x -> applyOps(x, ops));
        return v;
    }

    private static boolean compound(Object e) {
        return e instanceof Pair || e instanceof MVector || e instanceof Box || HashContent.is(e);
    }

    /** This syntax with ops applied to its context (and pending for its children). */
    public Syntax withOps(ScopeOp... ops) {
        ScopeSet s = scopes;
        Shifted[] m = multi;
        for (ScopeOp op : ops) { s = op.apply(s); m = op.apply(m); }
        ScopeOp[] p;
        if (!compound(e)) p = NO_OPS;
        else if (pending.length == 0) p = ops;
        else { p = Arrays.copyOf(pending, pending.length + ops.length); System.arraycopy(ops, 0, p, pending.length, ops.length); }
        return new Syntax(e, loc, s, m, props, p);
    }

    public Syntax addScope(Scope sc) { return withOps(new ScopeOp.Add(sc)); }
    public Syntax removeScope(Scope sc) { return withOps(new ScopeOp.Remove(sc)); }
    public Syntax flipScope(Scope sc) { return withOps(new ScopeOp.Flip(sc)); }
    public Syntax addMultiScope(MultiScope ms) { return withOps(new ScopeOp.AddMulti(ms)); }
    public Syntax removeMultiScope(MultiScope ms) { return withOps(new ScopeOp.RemoveMulti(ms)); }
    public Syntax shiftPhase(int n) { return n == 0 ? this : withOps(new ScopeOp.Shift(n)); }

    /** Applies op to v if it is syntax (or a pair/vector containing syntax). */
    public static Object mapOps(Object v, ScopeOp... ops) { return applyOps(v, ops); }

    // ---- context queries -----------------------------------------------------------------

    public boolean isIdentifier() { return e instanceof Symbol; }

    public Symbol sym() { return (Symbol) e; }

    public ScopeSet plainScopes() { return scopes; }

    public Shifted[] multiScopes() { return multi; }

    public boolean hasMultiScope(MultiScope ms) {
        for (Shifted s : multi) if (s.ms() == ms) return true;
        return false;
    }

    /** The scope set of this object at a phase. */
    public ScopeSet scopesAt(int phase) {
        ScopeSet r = scopes;
        for (Shifted s : multi) {
            int p = s.shift() == Phase.LABEL || phase == Phase.LABEL ? Phase.LABEL : phase - s.shift();
            r = r.add(s.ms().at(p));
        }
        return r;
    }

    /** This object's datum with the context (scopes, multi-scopes) of ctx. */
    public Syntax withContextOf(Syntax ctx) {
        return new Syntax(e, loc, ctx.scopes, ctx.multi, props, NO_OPS);
    }

    /** Same datum and context, new location. */
    public Syntax withLoc(SrcLoc l) { return new Syntax(e, l, scopes, multi, props, pending); }

    /** Same context, location and properties; new raw content (already carrying context). */
    public Syntax withContent(Object c) { return new Syntax(c, loc, scopes, multi, props, NO_OPS); }

    // ---- properties ----------------------------------------------------------------------

    public Object property(Object key) { return props == null ? null : props.get(key); }

    public Syntax withProperty(Object key, Object value) {
        Map<Object, Object> m = props == null ? new HashMap<>() : new HashMap<>(props);
        m.put(key, value);
        return new Syntax(e, loc, scopes, multi, Map.copyOf(m), pending);
    }

    public List<Object> propertyKeys() { return props == null ? List.of() : new ArrayList<>(props.keySet()); }

    /** Properties as a map (for copying onto another syntax object). */
    public Map<Object, Object> properties() { return props == null ? Map.of() : props; }

    public Syntax withProperties(Map<Object, Object> p) {
        return new Syntax(e, loc, scopes, multi, p == null || p.isEmpty() ? null : Map.copyOf(p), pending);
    }

    // ---- conversions ---------------------------------------------------------------------

    /** syntax->datum: strips all syntax wrappers. */
    public static Object toDatum(Object v) {
        if (v instanceof Syntax s) return toDatum(s.e);
        if (v instanceof Pair p) {
            ArrayList<Object> cars = new ArrayList<>();
            Object x = v;
            while (x instanceof Pair q) { cars.add(toDatum(q.car)); x = q.cdr; }
            Object r = toDatum(x);
            for (int i = cars.size() - 1; i >= 0; i--) r = new Pair(cars.get(i), r);
            return r;
        }
        if (v instanceof MVector vec) {
            Object[] items = new Object[vec.items.length];
            for (int i = 0; i < items.length; i++) items[i] = toDatum(vec.items[i]);
            return new MVector(items, true);
        }
        if (v instanceof Box b) return new Box(toDatum(b.value), true);
        if (HashContent.is(v)) return HashContent.mapValues(v, Syntax::toDatum);
        // Prefab literals read as syntax hold syntax fields (#s(pre 1 2) in code)
        if (v instanceof org.jracket.runtime.data.Struct st && st.type.prefabKey != null) {
            Object[] fields = new Object[st.fields.length];
            boolean changed = false;
            for (int i = 0; i < fields.length; i++) {
                fields[i] = toDatum(st.fields[i]);
                changed |= fields[i] != st.fields[i];
            }
            return changed ? new org.jracket.runtime.data.Struct(st.type, fields) : st;
        }
        return v;
    }

    /**
     * datum->syntax: wraps every non-syntax part of v with ctx's lexical context (empty if ctx
     * is null) and the given location; parts that are already syntax are kept.
     */
    public static Syntax fromDatum(Syntax ctx, Object v, SrcLoc loc, Syntax propsFrom) {
        if (v instanceof Syntax s) return s;
        ScopeSet sc = ctx == null ? ScopeSet.EMPTY : ctx.scopes;
        Shifted[] m = ctx == null ? NO_MULTI : ctx.multi;
        Object inner = wrapParts(sc, m, v, loc);
        return new Syntax(inner, loc, sc, m, propsFrom == null ? null : propsFrom.props, NO_OPS);
    }

    private static Object wrapParts(ScopeSet sc, Shifted[] m, Object v, SrcLoc loc) {
        if (v instanceof Pair p) {
            ArrayList<Object> cars = new ArrayList<>();
            Object x = v;
            while (x instanceof Pair q) { cars.add(wrap(sc, m, q.car, loc)); x = q.cdr; }
            Object r = x == Null.NULL ? x : wrap(sc, m, x, loc);
            for (int i = cars.size() - 1; i >= 0; i--) r = new Pair(cars.get(i), r);
            return r;
        }
        if (v instanceof MVector vec) {
            Object[] items = new Object[vec.items.length];
            for (int i = 0; i < items.length; i++) items[i] = wrap(sc, m, vec.items[i], loc);
            return new MVector(items, true);
        }
        if (v instanceof Box b) return new Box(wrap(sc, m, b.value, loc), true);
        if (HashContent.is(v)) return HashContent.mapValues(v, x -> wrap(sc, m, x, loc));
        return v;
    }

    private static Syntax wrap(ScopeSet sc, Shifted[] m, Object v, SrcLoc loc) {
        if (v instanceof Syntax s) return s;
        return new Syntax(wrapParts(sc, m, v, loc), loc, sc, m, null, NO_OPS);
    }

    /**
     * The elements of a syntax list (syntax->list), or null if s is not a proper list.
     * Follows cdrs that are themselves syntax objects.
     */
    public List<Syntax> toList() { return listOf(this); }

    public static List<Syntax> listOf(Object v) {
        ArrayList<Syntax> out = new ArrayList<>();
        Object x = v instanceof Syntax s ? s.content() : v;
        while (true) {
            if (x instanceof Pair p) {
                Object a = p.car;
                out.add(a instanceof Syntax as ? as : new Syntax(a, SrcLoc.NONE));
                x = p.cdr;
            } else if (x instanceof Syntax s) {
                x = s.content();
            } else if (x == Null.NULL) {
                return out;
            } else {
                return null;
            }
        }
    }

    /** Builds a syntax list with ctx's context and location from elements. */
    public static Syntax list(Syntax ctx, List<?> items) {
        Object r = Null.NULL;
        for (int i = items.size() - 1; i >= 0; i--) r = new Pair(items.get(i), r);
        return ctx.withContent(r);
    }

    @Override public String toString() {
        return "#<syntax" + (loc.line() >= 0 ? ":" + loc.source() + ":" + loc.line() + ":" + loc.column() : "")
                + " " + Syntax.toDatum(this) + ">";
    }
}
