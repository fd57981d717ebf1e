package org.jracket.runtime.parallel;

/** {@code thread-receive-evt}: ready (with itself) when the thread's mailbox is not empty; takes nothing. */
final class ThreadReceiveEvt implements BaseEvt {
    final RacketThread thread;

    ThreadReceiveEvt(RacketThread thread) { this.thread = thread; }

    @Override public Object poll(Waiter w, int index) { return thread.mailbox.isEmpty() ? NOT_READY : this; }

    @Override public void register(Waiter w, int index) { thread.mailWaiters.add(w, index, this); }

    @Override public void unregister(Waiter w) { thread.mailWaiters.remove(w); }

    @Override public String toString() { return "#<thread-receive-evt>"; }
}
