package org.jracket.runtime.regexp;

import java.util.function.IntUnaryOperator;

/**
 * Bounds on how many units a node can match: used to reject empty repeat operands and
 * unbounded lookbehind, and to compute regexp-max-lookbehind.
 */
final class Lengths {
    private Lengths() {}

    /** The shortest match, taking backreferences as non-empty. */
    static int min(Node n) { return min(n, g -> 1); }

    /** The shortest match; refMin gives the shortest match of a backreferenced group. */
    static int min(Node n, IntUnaryOperator refMin) {
        return switch (n) {
            case Node.Literal l -> 1;
            case Node.Set s -> 1;
            case Node.Any a -> 1;
            case Node.Seq s -> { int t = 0; for (Node x : s.items()) t += min(x, refMin); yield t; }
            case Node.Alt a -> {
                int m = Integer.MAX_VALUE;
                for (Node x : a.choices()) m = Math.min(m, min(x, refMin));
                yield m;
            }
            case Node.Group g -> min(g.body(), refMin);
            case Node.Repeat r -> (int) Math.min((long) r.min() * min(r.body(), refMin), 1 << 24);
            case Node.Atomic a -> min(a.body(), refMin);
            case Node.Cond c -> Math.min(min(c.yes(), refMin), min(c.no(), refMin));
            case Node.Backref b -> refMin.applyAsInt(b.index());
            default -> 0;
        };
    }

    /** The most units n can match, or -1 if unbounded. */
    static int max(Node n) {
        return switch (n) {
            case Node.Literal l -> 1;
            case Node.Set s -> 1;
            case Node.Any a -> 1;
            case Node.Seq s -> {
                long t = 0;
                for (Node x : s.items()) { int m = max(x); if (m < 0) yield -1; t += m; }
                yield (int) Math.min(t, 1 << 24);
            }
            case Node.Alt a -> {
                int m = 0;
                for (Node x : a.choices()) { int k = max(x); if (k < 0) yield -1; m = Math.max(m, k); }
                yield m;
            }
            case Node.Group g -> max(g.body());
            case Node.Repeat r -> {
                int b = max(r.body());
                yield r.max() < 0 || b < 0 ? -1 : (int) Math.min((long) r.max() * b, 1 << 24);
            }
            case Node.Atomic a -> max(a.body());
            case Node.Cond c -> { int y = max(c.yes()), z = max(c.no()); yield y < 0 || z < 0 ? -1 : Math.max(y, z); }
            case Node.Backref b -> -1;
            default -> 0;
        };
    }

    /**
     * How far before the match start the matcher may look, in bytes as Racket counts:
     * ^ and \b look one back, lookbehind its body's longest match (chars as UTF-8 bytes).
     */
    static int lookbehind(Node n, boolean bytes) {
        return switch (n) {
            case Node.LineStart s -> 1;
            case Node.WordBoundary w -> 1;
            case Node.Look l -> Math.max(l.ahead() ? 0 : byteMax(l.body(), bytes), lookbehind(l.body(), bytes));
            case Node.Seq s -> { int m = 0; for (Node x : s.items()) m = Math.max(m, lookbehind(x, bytes)); yield m; }
            case Node.Alt a -> { int m = 0; for (Node x : a.choices()) m = Math.max(m, lookbehind(x, bytes)); yield m; }
            case Node.Group g -> lookbehind(g.body(), bytes);
            case Node.Repeat r -> lookbehind(r.body(), bytes);
            case Node.Atomic a -> lookbehind(a.body(), bytes);
            case Node.Cond c -> Math.max(c.test() instanceof Node t ? lookbehind(t, bytes) : 0,
                    Math.max(lookbehind(c.yes(), bytes), lookbehind(c.no(), bytes)));
            default -> 0;
        };
    }

    /** max() measured in UTF-8 bytes for a string regexp's literal chars. */
    private static int byteMax(Node n, boolean bytes) {
        return switch (n) {
            case Node.Literal l -> bytes || l.c() < 0x80 ? 1 : l.c() < 0x800 ? 2 : l.c() < 0x10000 ? 3 : 4;
            case Node.Seq s -> { int t = 0; for (Node x : s.items()) t += byteMax(x, bytes); yield t; }
            case Node.Alt a -> { int m = 0; for (Node x : a.choices()) m = Math.max(m, byteMax(x, bytes)); yield m; }
            case Node.Group g -> byteMax(g.body(), bytes);
            case Node.Repeat r -> r.max() * byteMax(r.body(), bytes);
            case Node.Atomic a -> byteMax(a.body(), bytes);
            case Node.Cond c -> Math.max(byteMax(c.yes(), bytes), byteMax(c.no(), bytes));
            default -> max(n);
        };
    }
}
