package org.jracket.runtime.parallel;

/** {@code thread-dead-evt}: ready (with itself) once the thread has ended. */
final class ThreadDeadEvt implements BaseEvt {
    final RacketThread thread;

    ThreadDeadEvt(RacketThread thread) { this.thread = thread; }

    @Override public Object poll(Waiter w, int index) { return thread.isDead() ? this : NOT_READY; }

    @Override public void register(Waiter w, int index) { thread.deathWaiters.add(w, index, this); }

    @Override public void unregister(Waiter w) { thread.deathWaiters.remove(w); }

    @Override public String toString() { return "#<thread-dead-evt>"; }
}
