package org.hygiene.lessons.hunt.lang;

/**
 * The size bounds of a query, documented in docs/hunt-language.md ("Limits"). They keep parsing,
 * planning and running within the stack and memory of one process, in the shell and in {@code hunt
 * -q} alike: a query past them gets a message, never a crash.
 */
public final class QueryBounds {
    /** The longest query text, in characters (1 MiB: room for long lists of indicators). */
    public static final int MAX_QUERY_CHARS = 1_048_576;

    /** The most operators one pipeline may chain with {@code |}. */
    public static final int MAX_PIPE_OPERATORS = 500;

    /**
     * The most binary operators (and, or, comparisons' arithmetic) in all of a query's expressions.
     */
    public static final int MAX_EXPRESSION_OPERATORS = 1_000;

    /** The most values in one {@code in (...)} list. */
    public static final int MAX_LIST_ITEMS = 100_000;

    /** The most table reads a query may expand to (each use of a tabular let repeats its reads). */
    public static final int MAX_PLANNED_PIPELINES = 1_000;

    private QueryBounds() {}
}
