package org.hygiene.lessons.hunt.lang;

/** The state of one execution: its cancellation flag, memory budget and what the scans counted. */
public final class QueryRun {
    final Cancellation cancellation;
    final MemoryBudget memory;
    long scanned;
    long rejected;

    public QueryRun(Cancellation cancellation) {
        this(cancellation, MemoryBudget.standard());
    }

    public QueryRun(Cancellation cancellation, MemoryBudget memory) {
        this.cancellation = cancellation;
        this.memory = memory;
    }

    /** The memory this execution may hold. */
    public MemoryBudget memory() {
        return memory;
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
