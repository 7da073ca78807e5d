package org.hygiene.lessons.hunt.lang;

/** Thrown out of a running query when its {@link Cancellation} is set. */
public final class QueryCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryCancelledException() {
        super("query cancelled");
    }
}
