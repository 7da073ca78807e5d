package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import org.hygiene.lessons.logs.Origin;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * A cursor over a line-per-record log with {@code #} directives (IIS, HttpProxy, ECP, OAB): it
 * hands directives and data lines to the format, applies the raw filter before parsing, and counts
 * the lines the format cannot read.
 */
abstract class LineRowCursor implements RowCursor {
    protected final Schema schema;
    private final TextLines lines;
    private final RawFilter filter;
    private final String display;
    private long rejected;
    private final java.util.List<org.hygiene.lessons.logs.SkippedLine> skipped =
            new java.util.ArrayList<>();

    LineRowCursor(InputStream in, String display, Schema schema, RawFilter filter) {
        // With a plain literal filter, skip the lines without it before decoding them.
        this.lines =
                filter.literal()
                        .filter(ByteLineSource::usable)
                        .<TextLines>map(l -> new ByteLineSource(in, l, LineSource.MAX_LINE))
                        .orElseGet(() -> new LineSource(in));
        this.display = display;
        this.schema = schema;
        this.filter = filter;
    }

    /** Read a {@code #Name: value} line. */
    protected abstract void directive(String line);

    /** Parse a data line into {@code values} (already sized to the schema); false to reject it. */
    protected abstract boolean parse(String line, Object[] values);

    @Override
    public Row next() throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            if (lines.tooLong()) {
                reject(
                        line,
                        "longer than the " + LineSource.MAX_LINE + " characters a line may have");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.charAt(0) == '#') {
                directive(line);
                continue;
            }
            if (!filter.mayMatch(line)) {
                continue;
            }
            Object[] values = new Object[schema.size()];
            if (parse(line, values)) {
                return new Row(schema, values, new Origin(display, lines.lineNumber()));
            }
            reject(line, whyRejected(line));
        }
        return null;
    }

    /** Why {@link #parse} refused {@code line}, in words for the learner. */
    protected String whyRejected(String line) {
        return "its fields do not match the log's #Fields line";
    }

    private void reject(String line, String why) {
        rejected++;
        if (skipped.size() < org.hygiene.lessons.logs.SkippedLine.KEPT) {
            skipped.add(
                    org.hygiene.lessons.logs.SkippedLine.of(
                            new Origin(display, lines.lineNumber()), why, line));
        }
    }

    @Override
    public java.util.List<org.hygiene.lessons.logs.SkippedLine> skipped() {
        return java.util.List.copyOf(skipped);
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
