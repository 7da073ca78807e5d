package org.hygiene.lessons.hunt.lang;

/** The running state of one aggregation ({@code count()}, {@code dcount(x)}, ...) for one group. */
interface Aggregator {
    void add(Object[] row);

    Object result();

    /** Whether this aggregation keeps values as rows come (so memory grows with the input). */
    default boolean keepsValues() {
        return false;
    }
}
