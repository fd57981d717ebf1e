package org.jracket.runtime.parallel;

/** A blocked sync's interest in one event: its waiter, the event's index in that sync, and a payload. */
record Offer(Waiter waiter, int index, Object payload) {
    boolean live(Waiter self) { return waiter != self && !waiter.committed; }
}
