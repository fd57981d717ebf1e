package org.jracket.runtime.regexp;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Racket's `regexp` and `pregexp` pattern languages into {@link Node}s. The pattern
 * is a sequence of units: code points for string regexps, bytes (0-255) for byte regexps.
 * Error messages are Racket's (including its "patten" typo).
 */
final class Parser {
    private final int[] p;
    private final boolean px;
    private final boolean bytes;
    private int i;
    private boolean fold;
    private boolean multi;
    int groupCount;
    private int maxBackref;
    /** Shortest match of each closed group, by index (for backreference lengths). */
    private final java.util.Map<Integer, Integer> groupMin = new java.util.HashMap<>();
    /** Capture groups in the whole pattern: backreferences may point forward. */
    private int totalGroups;

    private Parser(int[] pattern, boolean px, boolean bytes) {
        this.p = pattern; this.px = px; this.bytes = bytes;
    }

    /** The parsed pattern; {@link #groupCount} of the returned parser is its group count. */
    static Parser parse(int[] pattern, boolean px, boolean bytes, Node[] out) {
        Parser ps = new Parser(pattern, px, bytes);
        ps.totalGroups = countGroups(pattern);
        Node n = ps.alternation();
        if (ps.i < ps.p.length) throw new RegexpSyntaxError("unmatched `)` in pattern");
        if (ps.maxBackref > ps.groupCount) {
            throw new RegexpSyntaxError("backreference number is larger than the highest-numbered cluster");
        }
        for (Node atom : ps.deferred) {
            if (Lengths.min(atom, ps::refMin) == 0) throw new RegexpSyntaxError(EMPTY_OPERAND);
        }
        out[0] = n;
        return ps;
    }

    /** A group's shortest match; a group not closed yet is taken to be non-empty. */
    private int refMin(int g) { return groupMin.getOrDefault(g, 1); }

    /**
     * Rejects a repeat operand that can match nothing. If that depends on a group not
     * closed yet (a forward or self reference), the check waits for the end of the
     * pattern, when every group's shortest match is known.
     */
    private void checkNonEmpty(Node atom) {
        if (Lengths.min(atom, this::refMin) == 0) throw new RegexpSyntaxError(EMPTY_OPERAND);
        if (Lengths.min(atom, g -> groupMin.containsKey(g) ? groupMin.get(g) : 0) == 0) deferred.add(atom);
    }

    private static final String EMPTY_OPERAND = "`*`, `+`, or `{...}` operand could be empty";
    private final List<Node> deferred = new ArrayList<>();

    private void checkBackref(int n) {
        maxBackref = Math.max(maxBackref, n);
        if (n > totalGroups) {
            throw new RegexpSyntaxError("backreference number is larger than the highest-numbered cluster");
        }
    }

    /** Counts capturing `(`, skipping escapes and bracketed classes. */
    private static int countGroups(int[] p) {
        int n = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] == '\\') { k++; continue; }
            if (p[k] == '[') {
                k++;
                if (k < p.length && p[k] == '^') k++;
                if (k < p.length && p[k] == ']') k++;
                while (k < p.length && p[k] != ']') k++;
                continue;
            }
            if (p[k] == '(' && (k + 1 >= p.length || p[k + 1] != '?')) n++;
        }
        return n;
    }

    private boolean more() { return i < p.length; }
    private int peek() { return i < p.length ? p[i] : -1; }
    private boolean at(int c) { return i < p.length && p[i] == c; }
    private boolean atSeq(String s) {
        for (int k = 0; k < s.length(); k++) if (i + k >= p.length || p[i + k] != s.charAt(k)) return false;
        return true;
    }

    private Node alternation() {
        List<Node> choices = new ArrayList<>();
        choices.add(sequence());
        while (at('|')) { i++; choices.add(sequence()); }
        return choices.size() == 1 ? choices.get(0) : new Node.Alt(choices);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (more() && !at('|') && !at(')')) items.add(quantified());
        if (items.isEmpty()) return new Node.Empty();
        return items.size() == 1 ? items.get(0) : new Node.Seq(items);
    }

    private boolean atQuantifier() {
        int c = peek();
        return c == '*' || c == '+' || c == '?' || (px && c == '{');
    }

    private Node quantified() {
        if (atQuantifier()) {
            throw new RegexpSyntaxError("`" + (char) peek() + "` follows nothing in pattern");
        }
        Node atom = atom();
        if (!atQuantifier()) return atom;
        int c = p[i++];
        int min, max;
        switch (c) {
            case '*' -> { min = 0; max = -1; }
            case '+' -> { min = 1; max = -1; }
            case '?' -> { min = 0; max = 1; }
            default -> {
                int[] mm = braces();
                min = mm[0]; max = mm[1];
            }
        }
        boolean greedy = true;
        if (at('?')) { i++; greedy = false; }
        if (atQuantifier()) {
            // Racket's message has this typo except for `{`.
            throw new RegexpSyntaxError("nested `" + (char) peek() + "` in " + (at('{') ? "pattern" : "patten"));
        }
        if (c != '?') checkNonEmpty(atom);
        return new Node.Repeat(atom, min, max, greedy);
    }

    /** {n}, {n,}, {,m}, {n,m}, {,}; the `{` is already consumed. */
    private int[] braces() {
        int min = number(), max;
        if (at(',')) {
            i++;
            max = number();
            if (max == -2) max = -1;
            if (!at('}')) {
                throw new RegexpSyntaxError("expected digit or `}` to end repetition specification started with `{`");
            }
        } else {
            max = min;
        }
        if (!at('}')) {
            throw new RegexpSyntaxError("expected digit, `,`, or `}' for repetition specification started with `{`");
        }
        i++;
        return new int[] {min == -2 ? 0 : min, max};
    }

    /** Decimal digits at i, or -2 if none. */
    private int number() {
        if (!more() || !isDigit(peek())) return -2;
        int n = 0;
        while (more() && isDigit(peek())) n = Math.min(n * 10 + (p[i++] - '0'), 1 << 24);
        return n;
    }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }
    private static boolean isAlpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    private Node atom() {
        int c = p[i++];
        switch (c) {
            case '(': return group();
            case '[': return new Node.Set(new ClassParser().parse());
            case '.': return new Node.Any(multi);
            case '^': return new Node.LineStart(multi);
            case '$': return new Node.LineEnd(multi);
            case '\\': return escape();
            default:
                if (px && (c == ']' || c == '}')) {
                    throw new RegexpSyntaxError("unmatched `" + (char) c + "` in pattern");
                }
                return literal(c);
        }
    }

    private Node literal(int c) { return new Node.Literal(c, fold); }

    private Node escape() {
        if (!more()) return literal('\\');
        int c = p[i++];
        if (!px) return literal(c);
        if (isDigit(c)) {
            i--;
            int n = number();
            checkBackref(n);
            return new Node.Backref(n, fold);
        }
        if (c == 'b' || c == 'B') return new Node.WordBoundary(c == 'B');
        UnitSet named = NamedSets.escape(c);
        if (named != null) return new Node.Set(named);
        if (c == 'p' || c == 'P') return new Node.Set(property(c));
        if (isAlpha(c)) throw new RegexpSyntaxError("illegal alphabetic escape");
        return literal(c);
    }

    /** \p{Name} or \p{^Name}; the `p` is consumed. */
    private UnitSet property(int letter) {
        boolean negated = letter == 'P';
        if (!at('{')) throw new RegexpSyntaxError("expected `{` after `\\" + (char) letter + "`");
        i++;
        int start = i;
        while (more() && !at('}')) i++;
        if (!more()) throw new RegexpSyntaxError("missing `}` to close `\\p{`");
        String name = new String(p, start, i - start);
        i++;
        if (name.startsWith("^")) { negated = !negated; name = name.substring(1); }
        UnitSet s = NamedSets.category(name);
        if (s == null) throw new RegexpSyntaxError("unrecognized property name in `\\p{}`: `" + name + "`");
        return negated ? s.not() : s;
    }

    private Node group() {
        if (!more()) throw new RegexpSyntaxError("missing closing parenthesis in pattern");
        if (!at('?')) {
            int index = ++groupCount;
            Node body = alternation();
            close();
            groupMin.put(index, Lengths.min(body, this::refMin));
            return new Node.Group(index, body);
        }
        i++;
        if (at(':')) { i++; Node b = alternation(); close(); return b; }
        if (at('>')) { i++; Node b = alternation(); close(); return new Node.Atomic(b); }
        if (at('=') || at('!') || atSeq("<=") || atSeq("<!")) return look();
        if (at('(')) return conditional();
        return modeGroup();
    }

    private void close() {
        if (!at(')')) throw new RegexpSyntaxError("expected a closing `)`");
        i++;
    }

    /** (?=..) (?!..) (?<=..) (?<!..), after the `?`. */
    private Node look() {
        boolean ahead = !at('<');
        if (!ahead) i++;
        boolean negated = p[i++] == '!';
        Node body = alternation();
        close();
        int min = 0, max = 0;
        if (!ahead) {
            min = Lengths.min(body);
            max = Lengths.max(body);
            if (max < 0) throw new RegexpSyntaxError("lookbehind pattern does not match a bounded length");
        }
        return new Node.Look(body, ahead, negated, min, max);
    }

    /** (?(n)yes|no) or (?(?=..)yes|no), after the `?`. */
    private Node conditional() {
        i++;
        Object test;
        if (more() && isDigit(peek())) {
            int n = number();
            checkBackref(n);
            if (!at(')')) throw new RegexpSyntaxError("expected `)` after `(?(` followed by digits");
            i++;
            test = n;
        } else if (at('?') && (atSeq("?=") || atSeq("?!") || atSeq("?<=") || atSeq("?<!"))) {
            i++;
            test = look();
        } else {
            throw new RegexpSyntaxError("expected `(?=`, `(?!`, `(?<`, or digit after `(?(`");
        }
        Node yes = sequence();
        Node no = new Node.Empty();
        if (at('|')) { i++; no = sequence(); }
        if (!at(')')) {
            throw new RegexpSyntaxError("expected `)` to close `(?(...)...` after second branch");
        }
        i++;
        return new Node.Cond(test, yes, no);
    }

    /** (?i:..), (?-i:..), (?s:..), (?m:..) and sequences of modes, after the `?`. */
    private Node modeGroup() {
        boolean savedFold = fold, savedMulti = multi;
        boolean any = false;
        while (true) {
            boolean neg = at('-');
            int c = neg ? (i + 1 < p.length ? p[i + 1] : -1) : peek();
            if (c != 'i' && c != 'm' && c != 's') break;
            i += neg ? 2 : 1;
            any = true;
            if (c == 'i') fold = !neg;
            else if (c == 'm') multi = !neg;
            else multi = neg; // s mode is the opposite of multi mode
        }
        if (!any) {
            throw new RegexpSyntaxError("expected `:`, `=`, `!`, `<=`, `<!`, `i`, `-i`, `m`, `-m`, `s`, or `-s` after `(?`");
        }
        if (!at(':')) {
            throw new RegexpSyntaxError("expected `:` or another mode after `(?` and a mode sequence;\n"
                    + " a mode is `i`, `-i`, `m`, `-m`, `s`, or `-s`");
        }
        i++;
        Node body = alternation();
        close();
        fold = savedFold;
        multi = savedMulti;
        return body;
    }

    /** A bracketed class; the `[` is consumed. */
    private final class ClassParser {
        private UnitSet ranges = UnitSet.none();
        private UnitSet named = UnitSet.none();

        UnitSet parse() {
            boolean negated = at('^');
            if (negated) i++;
            boolean first = true;
            while (true) {
                if (!more()) throw new RegexpSyntaxError("missing closing square bracket in pattern");
                int c = peek();
                if (c == ']' && !first) { i++; break; }
                first = false;
                item();
            }
            UnitSet set = fold ? ranges.folded(bytes).or(named) : ranges.or(named);
            return negated ? set.not() : set;
        }

        private void item() {
            UnitSet cls = classAt();
            if (cls != null) {
                named = named.or(cls);
                if (at('-') && i + 1 < p.length && p[i + 1] != ']') {
                    throw new RegexpSyntaxError("misplaced hyphen within square brackets in pattern");
                }
                return;
            }
            int lo = single();
            if (at('-') && i + 1 < p.length && p[i + 1] != ']') {
                i++;
                if (px && at('\\') && i + 1 < p.length && isAlpha(p[i + 1])) {
                    throw new RegexpSyntaxError("misplaced hyphen within square brackets in pattern");
                }
                int hi = single();
                if (hi < lo) throw new RegexpSyntaxError("invalid range within square brackets in pattern");
                ranges = ranges.or(UnitSet.range(lo, hi));
            } else {
                ranges = ranges.or(UnitSet.range(lo, lo));
            }
        }

        /** A named class at i ([:alpha:], \d, \p{..} in pregexp), consumed; else null. */
        private UnitSet classAt() {
            if (!px) return null;
            if (atSeq("[:")) {
                int end = i + 2;
                while (end < p.length && p[end] != ':' && p[end] != ']') end++;
                if (end + 1 < p.length && p[end] == ':' && p[end + 1] == ']') {
                    UnitSet s = NamedSets.posix(new String(p, i + 2, end - i - 2));
                    if (s != null) { i = end + 2; return s; }
                }
                return null;
            }
            if (at('\\') && i + 1 < p.length) {
                int c = p[i + 1];
                UnitSet s = NamedSets.escape(c);
                if (s != null) { i += 2; return s; }
                if (c == 'p' || c == 'P') { i += 2; return property(c); }
                if (isAlpha(c)) throw new RegexpSyntaxError("illegal alphabetic escape");
            }
            return null;
        }

        /** One literal member, with pregexp's backslash quoting. */
        private int single() {
            int c = p[i++];
            if (px && c == '\\' && more()) return p[i++];
            return c;
        }
    }
}
