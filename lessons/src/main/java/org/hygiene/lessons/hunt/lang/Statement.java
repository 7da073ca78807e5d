package org.hygiene.lessons.hunt.lang;

/** A statement of a query: a {@code let}, or the final tabular expression. */
public sealed interface Statement {
    /** {@code let name = scalar;} */
    record LetScalar(String name, Expr value, int start, int end) implements Statement {}

    /** {@code let name = Table | ...;} */
    record LetTabular(String name, Pipeline value, int start, int end) implements Statement {}

    /** The query's tabular expression. */
    record Tabular(Pipeline pipeline) implements Statement {}
}
