package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/** One log format: how to recognise its files, the table they form, and how to read one. */
public interface LogFormat {
    /** The table the format's files make up, e.g. {@code W3CIISLog}. */
    String table();

    /** Whether a file is of this format, from its path (with {@code /}) and its first lines. */
    boolean recognises(String path, LogFileHead head);

    /** The table's schema, given the heads of all its files (some formats add their columns). */
    Schema schema(List<LogFileHead> heads);

    /** Stream one file's rows in {@code schema}; {@code display} names the file in origins. */
    default RowCursor open(Path file, String display, Schema schema, RawFilter filter)
            throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return open(in, display, schema, filter);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Stream rows read from {@code in} (a file's bytes, an archive entry, or a pre-filtered copy);
     * the cursor closes it.
     */
    RowCursor open(InputStream in, String display, Schema schema, RawFilter filter)
            throws IOException;
}
