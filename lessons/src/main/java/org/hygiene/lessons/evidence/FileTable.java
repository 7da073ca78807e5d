package org.hygiene.lessons.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;
import org.hygiene.lessons.logs.formats.LogFormat;

/** A table made of the files of one format, read one after the other in path order. */
final class FileTable implements LogTable {
    /** One file of the table and the name it is shown under. */
    record Source(Path path, String display) {}

    private final LogFormat format;
    private final Schema schema;
    private final List<Source> sources;

    FileTable(LogFormat format, Schema schema, List<Source> sources) {
        this.format = format;
        this.schema = schema;
        this.sources = List.copyOf(sources);
    }

    @Override
    public String name() {
        return format.table();
    }

    @Override
    public Schema schema() {
        return schema;
    }

    List<Source> sources() {
        return sources;
    }

    @Override
    public RowCursor open(RawFilter filter) {
        return new RowCursor() {
            private int next;
            private RowCursor current;
            private long rejectedBefore;
            private final java.util.List<org.hygiene.lessons.logs.SkippedLine> skippedBefore =
                    new java.util.ArrayList<>();

            @Override
            public Row next() throws IOException {
                while (true) {
                    if (current == null) {
                        if (next >= sources.size()) {
                            return null;
                        }
                        Source source = sources.get(next++);
                        current = format.open(source.path(), source.display(), schema, filter);
                    }
                    Row row = current.next();
                    if (row != null) {
                        return row;
                    }
                    rejectedBefore += current.rejected();
                    keepSkipped();
                    current.close();
                    current = null;
                }
            }

            private void keepSkipped() {
                for (org.hygiene.lessons.logs.SkippedLine s : current.skipped()) {
                    if (skippedBefore.size() < org.hygiene.lessons.logs.SkippedLine.KEPT) {
                        skippedBefore.add(s);
                    }
                }
            }

            @Override
            public java.util.List<org.hygiene.lessons.logs.SkippedLine> skipped() {
                java.util.List<org.hygiene.lessons.logs.SkippedLine> all =
                        new java.util.ArrayList<>(skippedBefore);
                if (current != null) {
                    all.addAll(current.skipped());
                }
                return all.size() > org.hygiene.lessons.logs.SkippedLine.KEPT
                        ? all.subList(0, org.hygiene.lessons.logs.SkippedLine.KEPT)
                        : all;
            }

            @Override
            public long rejected() {
                return rejectedBefore + (current == null ? 0 : current.rejected());
            }

            @Override
            public void close() throws IOException {
                if (current != null) {
                    rejectedBefore += current.rejected();
                    keepSkipped();
                    current.close();
                    current = null;
                }
                next = sources.size();
            }
        };
    }
}
