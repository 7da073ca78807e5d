package org.hygiene.core.progress;

/** Where a learner is with a unit. */
public enum UnitState {
    NEW,
    STARTED,
    DONE;

    /** The lower-case name used in progress files and listings. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
