package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.lessons.logs.Origin;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * A cursor over a PowerShell {@code Export-Csv} file: a header record names the columns (a {@code
 * #TYPE} line before it is skipped), and quoted fields may span lines (event messages do). A record
 * that stays open past {@link #MAX_RECORD} characters, or whose field count differs from the
 * header's, is rejected; reading resumes at the next line.
 */
abstract class CsvExportCursor implements RowCursor {
    static final int MAX_RECORD = 4 << 20;

    protected final Schema schema;
    private final LineSource lines;
    private final RawFilter filter;
    private final String display;
    private final StringBuilder record = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private List<String> header;
    private long rejected;

    CsvExportCursor(InputStream in, String display, Schema schema, RawFilter filter) {
        this.lines = new LineSource(in);
        this.display = display;
        this.schema = schema;
        this.filter = filter;
    }

    /** Learn the file's columns from its header. */
    protected abstract void header(List<String> names);

    /** Fill {@code values} from one record's fields; false skips the record without rejecting. */
    protected abstract boolean fill(List<String> fields, Object[] values);

    @Override
    public Row next() throws IOException {
        while (true) {
            long start = readRecord();
            if (start < 0) {
                return null;
            }
            if (header == null) {
                if (record.length() == 0 || record.charAt(0) == '#') {
                    continue;
                }
                List<String> names = new ArrayList<>();
                Csv.split(record, names);
                names.replaceAll(String::trim);
                header = names;
                header(names);
                continue;
            }
            if (record.length() == 0 || !filter.mayMatch(record)) {
                continue;
            }
            if (!Csv.split(record, fields) || fields.size() != header.size()) {
                rejected++;
                continue;
            }
            Object[] values = new Object[schema.size()];
            if (fill(fields, values)) {
                return new Row(schema, values, new Origin(display, start));
            }
        }
    }

    /** Read one record into {@link #record}; return its first line number, or -1 at the end. */
    private long readRecord() throws IOException {
        record.setLength(0);
        String line = lines.next();
        if (line == null) {
            return -1;
        }
        long start = lines.lineNumber();
        boolean broken = lines.tooLong();
        record.append(line);
        boolean open = Csv.openQuote(line);
        while (open && !broken) {
            line = lines.next();
            if (line == null) {
                break;
            }
            if (lines.tooLong() || record.length() + line.length() > MAX_RECORD) {
                broken = true;
                break;
            }
            record.append('\n').append(line);
            open ^= Csv.openQuote(line);
        }
        if (broken) {
            rejected++;
            record.setLength(0);
        }
        return start;
    }

    @Override
    public long rejected() {
        return rejected;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
