package org.hygiene.lessons.logs.formats;

import java.io.IOException;

/** Decoded text lines of a log, as {@link LineRowCursor} consumes them. */
interface TextLines extends AutoCloseable {
    /** The next line without its terminator, or null at the end of the stream. */
    String next() throws IOException;

    /** The 1-based number of the line last returned, counting every line of the stream. */
    long lineNumber();

    /** Whether the line last returned was cut at the longest line kept. */
    boolean tooLong();

    @Override
    void close() throws IOException;
}
