package org.jracket.runtime.regexp;

import java.util.Arrays;

/**
 * A backtracking matcher over an array of units, in continuation-passing style: matching a
 * node calls {@link Cont#run} with each position where the node can end, most preferred
 * first, and stops at the first continuation that succeeds. Runs on the Java stack, which
 * JRacket programs have plenty of; greedy loops over single units iterate instead.
 *
 * <p>Units are code points or bytes; a negative unit stands for an input byte that is not
 * part of valid UTF-8 (string regexps on byte input) and matches no literal or class.
 */
final class Backtracker {
    @FunctionalInterface
    interface Cont { boolean run(int pos); }

    private final int[] u;
    /** Leftmost position visible to ^, \b and lookbehind. */
    private final int lookStart;
    private final int end;
    private final boolean bytes;
    /** caps[2k], caps[2k+1]: start and end of group k, -1 when unmatched. */
    final int[] caps;

    Backtracker(int[] units, int lookStart, int end, boolean bytes, int groups) {
        this.u = units; this.lookStart = lookStart; this.end = end; this.bytes = bytes;
        this.caps = new int[2 * (groups + 1)];
    }

    /**
     * Finds the leftmost match starting in [from, end]; if nonEmptyAt &gt;= 0 a match that is
     * empty and starts there is skipped (how regexp-match* moves past empty matches).
     * Returns true with caps filled in.
     */
    boolean search(Node root, int from, int nonEmptyAt) {
        for (int s = from; s <= end; s++) {
            if (matchAt(root, s, nonEmptyAt)) return true;
        }
        return false;
    }

    boolean matchAt(Node root, int s, int nonEmptyAt) {
        Arrays.fill(caps, -1);
        final int start = s;
        return m(root, s, j -> {
            if (j == start && start == nonEmptyAt) return false;
            caps[0] = start;
            caps[1] = j;
            return true;
        });
    }

    private boolean m(Node n, int i, Cont k) {
        switch (n) {
            case Node.Empty e -> { return k.run(i); }
            case Node.Literal l -> {
                return i < end && (u[i] == l.c() || (l.fold() && CaseFold.same(u[i], l.c(), bytes))) && k.run(i + 1);
            }
            case Node.Set s -> { return i < end && u[i] >= 0 && s.set().has(u[i]) && k.run(i + 1); }
            case Node.Any a -> { return i < end && u[i] >= 0 && !(a.multi() && u[i] == '\n') && k.run(i + 1); }
            case Node.Seq s -> { return seq(s, 0, i, k); }
            case Node.Alt a -> {
                for (Node c : a.choices()) if (m(c, i, k)) return true;
                return false;
            }
            case Node.Group g -> { return group(g, i, k); }
            case Node.Repeat r -> { return single(r.body()) && r.greedy() ? greedyRun(r, i, k) : rep(r, i, 0, k); }
            case Node.Backref b -> { return backref(b, i, k); }
            case Node.LineStart s -> {
                return (i == lookStart || (s.multi() && u[i - 1] == '\n')) && k.run(i);
            }
            case Node.LineEnd e -> { return (i == end || (e.multi() && u[i] == '\n')) && k.run(i); }
            case Node.WordBoundary w -> {
                boolean before = i > lookStart && NamedSets.isWord(u[i - 1]);
                boolean after = i < end && NamedSets.isWord(u[i]);
                return ((before != after) != w.negated()) && k.run(i);
            }
            case Node.Look l -> { return look(l, i) && k.run(i); }
            case Node.Atomic a -> {
                int[] saved = caps.clone();
                int[] endAt = {-1};
                if (!m(a.body(), i, j -> { endAt[0] = j; return true; })) return false;
                if (k.run(endAt[0])) return true;
                System.arraycopy(saved, 0, caps, 0, caps.length);
                return false;
            }
            case Node.Cond c -> {
                boolean yes = c.test() instanceof Integer g ? caps[2 * g + 1] >= 0 : look((Node.Look) c.test(), i);
                return m(yes ? c.yes() : c.no(), i, k);
            }
        }
    }

    private boolean seq(Node.Seq s, int idx, int i, Cont k) {
        if (idx == s.items().size()) return k.run(i);
        return m(s.items().get(idx), i, j -> seq(s, idx + 1, j, k));
    }

    private boolean group(Node.Group g, int i, Cont k) {
        int slot = 2 * g.index();
        return m(g.body(), i, j -> {
            int os = caps[slot], oe = caps[slot + 1];
            caps[slot] = i;
            caps[slot + 1] = j;
            if (k.run(j)) return true;
            caps[slot] = os;
            caps[slot + 1] = oe;
            return false;
        });
    }

    private static boolean single(Node n) {
        return n instanceof Node.Literal || n instanceof Node.Set || n instanceof Node.Any;
    }

    /** Greedy repeat of a one-unit node: take the longest run, then give back one at a time. */
    private boolean greedyRun(Node.Repeat r, int i, Cont k) {
        int limit = r.max() < 0 ? end - i : Math.min(r.max(), end - i);
        int n = 0;
        while (n < limit && m(r.body(), i + n, j -> true)) n++;
        for (; n >= r.min(); n--) if (k.run(i + n)) return true;
        return false;
    }

    private boolean rep(Node.Repeat r, int i, int count, Cont k) {
        if (count < r.min()) return m(r.body(), i, j -> rep(r, j, count + 1, k));
        if (r.max() >= 0 && count >= r.max()) return k.run(i);
        // An unbounded loop stops at an iteration that matches nothing (it would spin);
        // a bounded one may take it, so (a*)? records an empty group as Racket does.
        Cont again = j -> (j != i || r.max() >= 0) && rep(r, j, count + 1, k);
        if (r.greedy()) return m(r.body(), i, again) || k.run(i);
        return k.run(i) || m(r.body(), i, again);
    }

    private boolean backref(Node.Backref b, int i, Cont k) {
        int s = caps[2 * b.index()], e = caps[2 * b.index() + 1];
        if (e < 0) return false;
        int len = e - s;
        if (i + len > end) return false;
        for (int x = 0; x < len; x++) {
            int a = u[s + x], c = u[i + x];
            if (a != c && !(b.fold() && CaseFold.same(a, c, bytes))) return false;
        }
        return k.run(i + len);
    }

    private boolean look(Node.Look l, int i) {
        int[] saved = caps.clone();
        boolean found;
        if (l.ahead()) {
            found = m(l.body(), i, j -> true);
        } else {
            found = false;
            for (int s = i - l.minLen(); s >= Math.max(lookStart, i - l.maxLen()) && !found; s--) {
                found = m(l.body(), s, j -> j == i);
            }
        }
        if (found == l.negated()) {
            System.arraycopy(saved, 0, caps, 0, caps.length);
        }
        return found != l.negated();
    }
}
