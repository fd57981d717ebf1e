package org.jracket.runtime.regexp;

import java.util.List;

/**
 * The parsed form of a pattern. Modes ((?i:..), (?m:..)) are resolved by the parser and
 * stored in the nodes they affect, so the matcher never tracks modes.
 */
sealed interface Node {
    /** Matches nothing (an empty alternative or (?:)). */
    record Empty() implements Node {}
    /** One unit equal to c, or equal to c up to case when fold. */
    record Literal(int c, boolean fold) implements Node {}
    /** One unit in the set (case folding already applied). */
    record Set(UnitSet set) implements Node {}
    /** `.`: any unit, or any but newline in multi mode. */
    record Any(boolean multi) implements Node {}
    record Seq(List<Node> items) implements Node {}
    record Alt(List<Node> choices) implements Node {}
    record Group(int index, Node body) implements Node {}
    /** max -1 for no bound. */
    record Repeat(Node body, int min, int max, boolean greedy) implements Node {}
    record Backref(int index, boolean fold) implements Node {}
    record LineStart(boolean multi) implements Node {}
    record LineEnd(boolean multi) implements Node {}
    record WordBoundary(boolean negated) implements Node {}
    /** Lookahead or lookbehind; minLen/maxLen bound the body for lookbehind. */
    record Look(Node body, boolean ahead, boolean negated, int minLen, int maxLen) implements Node {}
    /** (?>...): matches as its body does, but never backtracks into it. */
    record Atomic(Node body) implements Node {}
    /** (?(test)yes|no); test is a group index (Integer) or a Look. */
    record Cond(Object test, Node yes, Node no) implements Node {}
}
