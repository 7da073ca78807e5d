package org.hygiene.lessons.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;
import org.hygiene.lessons.logs.archive.ArchiveGuard;
import org.hygiene.lessons.logs.archive.ArchiveReader;
import org.hygiene.lessons.logs.formats.LogFormat;

/**
 * A table made of the files of one format, read one after the other in path order. A file on disk
 * may be an archive: its logs of this format are read in one pass through it, behind the same
 * {@link ArchiveGuard} as when it was scanned.
 */
final class FileTable implements LogTable {
    /**
     * One log of the table inside a file on disk: the whole file (an empty route), or the entry the
     * route leads to in an archive; shown as {@code display}.
     */
    record Part(List<Integer> route, String display) {}

    /** A file on disk and the logs of the table it holds, in the order they come in it. */
    record Source(Path path, String display, long size, List<Part> parts) {
        Source {
            parts = List.copyOf(parts);
        }
    }

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
                        current = new SourceCursor(sources.get(next++), filter);
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

    /** The rows of the parts of one file on disk, opened only when first read. */
    private final class SourceCursor implements RowCursor {
        private final Source source;
        private final RawFilter filter;
        private ArchiveReader reader;
        private int nextPart;
        private RowCursor part;
        private long rejectedBefore;
        private final java.util.List<org.hygiene.lessons.logs.SkippedLine> skippedBefore =
                new java.util.ArrayList<>();

        SourceCursor(Source source, RawFilter filter) {
            this.source = source;
            this.filter = filter;
        }

        @Override
        public Row next() throws IOException {
            while (true) {
                if (part != null) {
                    Row row = part.next();
                    if (row != null) {
                        return row;
                    }
                    rejectedBefore += part.rejected();
                    keepSkipped();
                    part.close();
                    part = null;
                }
                if (nextPart >= source.parts().size()) {
                    // Stop here: what follows the last wanted log was read (and guarded) by the
                    // scan.
                    return null;
                }
                Part wanted = source.parts().get(nextPart++);
                ArchiveReader.Found found = find(wanted);
                part = format.open(found.in(), found.display(), schema, filter);
            }
        }

        private ArchiveReader.Found find(Part wanted) throws IOException {
            if (reader == null) {
                reader =
                        new ArchiveReader(
                                Files.newInputStream(source.path()),
                                source.display(),
                                "/" + source.display(),
                                new ArchiveGuard(source.size()),
                                (what, why) -> {
                                    // Reported by the scan; a new problem shows as a missing log.
                                });
            }
            ArchiveReader.Found found;
            while ((found = reader.next()) != null) {
                if (found.route().equals(wanted.route())) {
                    return found;
                }
            }
            throw new IOException(
                    wanted.display()
                            + " is gone or changed since the logs were opened; open them"
                            + " again");
        }

        @Override
        public long rejected() {
            return rejectedBefore + (part == null ? 0 : part.rejected());
        }

        private void keepSkipped() {
            for (org.hygiene.lessons.logs.SkippedLine s : part.skipped()) {
                if (skippedBefore.size() < org.hygiene.lessons.logs.SkippedLine.KEPT) {
                    skippedBefore.add(s);
                }
            }
        }

        @Override
        public java.util.List<org.hygiene.lessons.logs.SkippedLine> skipped() {
            java.util.List<org.hygiene.lessons.logs.SkippedLine> all =
                    new java.util.ArrayList<>(skippedBefore);
            if (part != null) {
                all.addAll(part.skipped());
            }
            return all.size() > org.hygiene.lessons.logs.SkippedLine.KEPT
                    ? all.subList(0, org.hygiene.lessons.logs.SkippedLine.KEPT)
                    : all;
        }

        @Override
        public void close() throws IOException {
            try {
                if (part != null) {
                    rejectedBefore += part.rejected();
                    keepSkipped();
                    part.close();
                    part = null;
                }
            } finally {
                if (reader != null) {
                    reader.close();
                    reader = null;
                }
            }
        }
    }
}
