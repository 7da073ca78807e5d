package org.hygiene.lessons.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.ParallelRowCursor;
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

    /**
     * Tables of at least this many bytes in two files or more are read on two threads: below it,
     * starting them costs more than they save.
     */
    static final long PARALLEL_FROM_BYTES = 4L << 20;

    private final LogFormat format;
    private final Schema schema;
    private final List<Source> sources;
    private final long parallelFrom;

    FileTable(LogFormat format, Schema schema, List<Source> sources) {
        this(format, schema, sources, PARALLEL_FROM_BYTES);
    }

    private FileTable(LogFormat format, Schema schema, List<Source> sources, long parallelFrom) {
        this.format = format;
        this.schema = schema;
        this.sources = List.copyOf(sources);
        this.parallelFrom = parallelFrom;
    }

    /**
     * This table read file after file on the calling thread only ({@code false}), or always on two.
     */
    FileTable parallel(boolean parallel) {
        return new FileTable(format, schema, sources, parallel ? 0 : Long.MAX_VALUE);
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
        long bytes = 0;
        for (Source s : sources) {
            bytes += s.size();
        }
        if (sources.size() >= 2 && bytes >= parallelFrom) {
            return new ParallelRowCursor(
                    sources.size(), i -> new SourceCursor(sources.get(i), filter));
        }
        return sequential(filter);
    }

    private RowCursor sequential(RawFilter filter) {
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
