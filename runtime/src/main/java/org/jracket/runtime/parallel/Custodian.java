package org.jracket.runtime.parallel;

import java.util.ArrayList;
import java.util.LinkedHashSet;

/**
 * A custodian: manages the threads created under it (and its sub-custodians), so that
 * {@code custodian-shutdown-all} can kill them together. Ports are not managed yet.
 */
final class Custodian {
    final Custodian parent;
    private final LinkedHashSet<Object> managed = new LinkedHashSet<>();
    private boolean shutDown;

    Custodian(Custodian parent) {
        this.parent = parent;
        if (parent != null) parent.add(this);
    }

    synchronized void add(Object o) {
        if (!shutDown) managed.add(o);
        else if (o instanceof RacketThread t) t.kill();
    }

    synchronized void remove(Object o) { managed.remove(o); }

    boolean isShutDown() { return shutDown; }

    /** Kills every managed thread, recursively (caller holds the place lock). */
    void shutdownAll() {
        ArrayList<Object> items;
        synchronized (this) {
            shutDown = true;
            items = new ArrayList<>(managed);
            managed.clear();
        }
        for (Object o : items) {
            if (o instanceof RacketThread t) t.kill();
            else if (o instanceof Custodian c) c.shutdownAll();
        }
    }

    @Override public String toString() { return "#<custodian>"; }
}
