package org.hygiene.lessons.logs;

import java.io.IOException;

/** A forward-only stream of rows from one or more files; never holds a whole file. */
public interface RowCursor extends AutoCloseable {
    /** The next row, or null at the end. */
    Row next() throws IOException;

    /** Records that could not be parsed so far (they are skipped, never fatal). */
    long rejected();

    /** The first {@link SkippedLine#KEPT} of those records: where, why and how they begin. */
    default java.util.List<SkippedLine> skipped() {
        return java.util.List.of();
    }

    @Override
    void close() throws IOException;
}
