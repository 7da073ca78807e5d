package org.hygiene.lessons.hunt.lang;

/**
 * Thrown out of a query that would go past one of its bounds (memory, text size, plan size). The
 * message is a sentence for the user that says what to change.
 */
public final class QueryLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryLimitException(String message) {
        super(message);
    }
}
