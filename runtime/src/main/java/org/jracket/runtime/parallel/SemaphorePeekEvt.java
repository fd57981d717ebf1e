package org.jracket.runtime.parallel;

/** {@code semaphore-peek-evt}: ready when the semaphore is, without decrementing it. */
final class SemaphorePeekEvt implements BaseEvt {
    final Semaphore sema;

    SemaphorePeekEvt(Semaphore sema) { this.sema = sema; }

    @Override public Object poll(Waiter w, int index) { return sema.count > 0 ? this : NOT_READY; }

    @Override public void register(Waiter w, int index) { sema.peekers.add(w, index, this); }

    @Override public void unregister(Waiter w) { sema.peekers.remove(w); }

    @Override public String toString() { return "#<semaphore-peek-evt>"; }
}
