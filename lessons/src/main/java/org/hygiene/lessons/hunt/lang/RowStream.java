package org.hygiene.lessons.hunt.lang;

import java.io.IOException;

/** A pull stream of rows; each row is an array matching the plan's columns. */
public interface RowStream extends AutoCloseable {
    /** The next row, or null at the end. */
    Object[] next() throws IOException;

    @Override
    default void close() throws IOException {}
}
