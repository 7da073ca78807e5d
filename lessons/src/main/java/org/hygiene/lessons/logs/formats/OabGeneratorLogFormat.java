package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * OAB generator logs ({@code Logging/OABGeneratorLog/*.log}) as the {@code OabGenerator} table. No
 * raw line of this log has been published, only the message Microsoft told responders to look for
 * ({@code Download failed and temporary file '<path>' needs to be removed}), so the course's sample
 * is SYNTHETIC: a {@code #Fields: DateTime,Message} CSV. Real files are read line by line instead
 * when they have no {@code #Fields} line: the whole line is {@code Message} and a leading ISO
 * timestamp, if any, is {@code DateTime}. {@code DownloadPath} is the path from that message,
 * without its quotes, as Test-ProxyLogon extracts it.
 */
public final class OabGeneratorLogFormat implements LogFormat {
    public static final String TABLE = "OabGenerator";

    public static final Schema SCHEMA =
            new Schema(
                    List.of(
                            new Column("TimeGenerated", ColumnType.DATETIME),
                            new Column("DateTime", ColumnType.DATETIME),
                            new Column("Message", ColumnType.STRING),
                            new Column("DownloadPath", ColumnType.STRING)));

    private static final String BEFORE = "Download failed and temporary file ";
    private static final String AFTER = " needs to be removed";

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public boolean recognises(String path, LogFileHead head) {
        return ExchangeLogs.recognises(
                path, head, "OAB Generator Log", "/Logging/OABGeneratorLog/");
    }

    @Override
    public Schema schema(List<LogFileHead> heads) {
        return SCHEMA;
    }

    /** The path in a "Download failed" message without its quotes, or null. */
    public static String downloadPath(String message) {
        int start = message.indexOf(BEFORE);
        if (start < 0) {
            return null;
        }
        start += BEFORE.length();
        int end = message.indexOf(AFTER, start);
        if (end < 0) {
            return null;
        }
        String path = message.substring(start, end).trim();
        if (path.length() >= 2 && path.startsWith("'") && path.endsWith("'")) {
            path = path.substring(1, path.length() - 1);
        }
        return path;
    }

    @Override
    public RowCursor open(InputStream in, String display, Schema schema, RawFilter filter)
            throws IOException {
        return new FieldsCsvCursor(in, display, schema, filter, List.of()) {
            private boolean hasFields;

            @Override
            protected void directive(String line) {
                hasFields |= line.startsWith("#Fields:");
                super.directive(line);
            }

            @Override
            protected boolean parse(String line, Object[] values) {
                if (hasFields) {
                    return super.parse(line, values);
                }
                int space = line.indexOf(' ');
                values[1] = space > 0 ? Times.parse(line.substring(0, space)) : null;
                values[2] = line;
                return finish(values);
            }

            @Override
            protected boolean finish(Object[] values) {
                values[0] = values[1];
                Object message = values[2];
                values[3] = message == null ? null : downloadPath((String) message);
                return true;
            }
        };
    }
}
