package org.hygiene.lessons.hunt;

/** The messages the front ends show when a query goes past what the process can hold. */
public final class QueryLimits {
    /** When the heap runs out despite the query's memory budget. */
    public static final String OUT_OF_MEMORY =
            "this query needs more memory than Java has; add a where or take before sort,"
                    + " summarize or distinct";

    /** When a query still nests deeper than the stack allows. */
    public static final String TOO_DEEP =
            "the query nests too deeply to run; split it with let statements";

    private QueryLimits() {}
}
