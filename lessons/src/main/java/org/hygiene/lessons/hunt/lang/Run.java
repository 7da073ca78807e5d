package org.hygiene.lessons.hunt.lang;

/** The state of one execution: its cancellation flag and what the scans counted. */
public final class Run {
    final Cancellation cancellation;
    long scanned;
    long rejected;

    public Run(Cancellation cancellation) {
        this.cancellation = cancellation;
    }

    /** Rows read from the tables so far. */
    public long scanned() {
        return scanned;
    }

    /** Records the readers could not parse so far (skipped). */
    public long rejected() {
        return rejected;
    }
}
