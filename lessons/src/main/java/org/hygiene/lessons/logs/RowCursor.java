package org.hygiene.lessons.logs;

import java.io.IOException;

/** A forward-only stream of rows from one or more files; never holds a whole file. */
public interface RowCursor extends AutoCloseable {
    /** The next row, or null at the end. */
    Row next() throws IOException;

    /** Records that could not be parsed so far (they are skipped, never fatal). */
    long rejected();

    @Override
    void close() throws IOException;
}
