package org.hygiene.lessons.hunt.lang;

/** A flag that stops a running query: set from another thread (a Ctrl-C handler). */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    /** Throw {@link QueryCancelledException} when the query was cancelled. */
    public void check() {
        if (cancelled) {
            throw new QueryCancelledException();
        }
    }
}
