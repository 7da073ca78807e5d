package org.hygiene.lessons.logs;

import java.io.IOException;

/**
 * A table of the hunt language ({@code W3CIISLog}, {@code HttpProxy}, {@code EcpServer}, ...): the
 * rows of every file of one log source in a folder. Its schema is known before reading, and it can
 * be read any number of times.
 */
public interface LogTable {
    String name();

    Schema schema();

    /** Stream the rows, skipping records whose raw text fails {@code filter}. */
    RowCursor open(RawFilter filter) throws IOException;
}
