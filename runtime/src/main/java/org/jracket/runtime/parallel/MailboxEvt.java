package org.jracket.runtime.parallel;

/** What {@code thread-receive} waits on: the next message, taken out of the mailbox. */
final class MailboxEvt implements BaseEvt {
    final RacketThread thread;

    MailboxEvt(RacketThread thread) { this.thread = thread; }

    @Override public Object poll(Waiter w, int index) { return thread.mailbox.isEmpty() ? NOT_READY : thread.mailbox.pollFirst(); }

    @Override public void register(Waiter w, int index) { thread.mailWaiters.add(w, index, this); }

    @Override public void unregister(Waiter w) { thread.mailWaiters.remove(w); }
}
