package org.jracket.vmm.guest;

/**
 * Where a guest is in its life. The allowed moves (anything else is a {@link LifecycleException}):
 * <pre>
 *   CREATED --launch--> RUNNING --pause--> PAUSED --continue--> RUNNING
 *   RUNNING, PAUSED --stop (or the guest ends: exit, out of memory, crash)--> STOPPED
 *   CREATED, STOPPED --free--> (gone)
 * </pre>
 */
public enum GuestState {
    CREATED, RUNNING, PAUSED, STOPPED;

    /** What a host can ask of a guest. */
    public enum Action { LAUNCH, PAUSE, CONTINUE, STOP, FREE }

    /** The state after {@code action}, or null if the action is not allowed now. */
    public GuestState after(Action action) {
        return switch (action) {
            case LAUNCH -> this == CREATED ? RUNNING : null;
            case PAUSE -> this == RUNNING ? PAUSED : null;
            case CONTINUE -> this == PAUSED ? RUNNING : null;
            case STOP -> this == RUNNING || this == PAUSED ? STOPPED : null;
            case FREE -> this == CREATED || this == STOPPED ? STOPPED : null;
        };
    }

    /** Why an action is refused in this state, as advice. */
    String refusal(Action action) {
        return switch (action) {
            case LAUNCH -> this == STOPPED ? "it has stopped (free it and create it again)" : "it is already launched";
            case PAUSE -> this == PAUSED ? "it is already paused" : this == CREATED ? "it is not launched yet" : "it has stopped";
            case CONTINUE -> this == RUNNING ? "it is not paused" : this == CREATED ? "it is not launched yet" : "it has stopped";
            case STOP -> this == CREATED ? "it is not launched yet (free it instead)" : "it has already stopped";
            case FREE -> "it is " + label() + " (stop it first)";
        };
    }

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
