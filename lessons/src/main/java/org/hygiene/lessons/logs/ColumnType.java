package org.hygiene.lessons.logs;

/** The type of a log column, named after its KQL scalar type. */
public enum ColumnType {
    /** {@code string}: Java {@link String}. */
    STRING,
    /** {@code long}: Java {@link Long}. */
    LONG,
    /** {@code real}: Java {@link Double}. */
    REAL,
    /** {@code datetime}: Java {@link java.time.Instant}, always UTC. */
    DATETIME,
    /** {@code bool}: Java {@link Boolean}. */
    BOOL
}
