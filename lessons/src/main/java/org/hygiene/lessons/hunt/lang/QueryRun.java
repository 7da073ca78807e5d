package org.hygiene.lessons.hunt.lang;

/** The state of one execution: its cancellation flag, memory budget and what the scans counted. */
public final class QueryRun {
    final Cancellation cancellation;
    final MemoryBudget memory;
    long scanned;
    long rejected;
    final java.util.List<org.hygiene.lessons.logs.SkippedLine> skipped =
            new java.util.ArrayList<>();

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

    /** The first of those records, each once, with where and why (see {@code .skipped}). */
    public java.util.List<org.hygiene.lessons.logs.SkippedLine> skipped() {
        return java.util.List.copyOf(skipped);
    }

    /** Keep the details of skipped records not seen yet (a table scanned twice counts once). */
    void noteSkipped(java.util.List<org.hygiene.lessons.logs.SkippedLine> lines) {
        for (org.hygiene.lessons.logs.SkippedLine s : lines) {
            if (skipped.size() < org.hygiene.lessons.logs.SkippedLine.KEPT
                    && skipped.stream().noneMatch(k -> k.origin().equals(s.origin()))) {
                skipped.add(s);
            }
        }
    }

    /** Records the readers could not parse so far (skipped). */
    public long rejected() {
        return rejected;
    }
}
