package org.hygiene.lessons.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelRowCursorTest {
    private static final Schema SCHEMA = new Schema(List.of(new Column("n", ColumnType.LONG)));

    /**
     * A file of {@code rows} rows where every third line before a row is rejected, or that fails
     * after {@code failAfter} rows.
     */
    private static RowCursor file(int index, int rows, int failAfter) {
        return new RowCursor() {
            int emitted;
            long rejected;
            final List<SkippedLine> skipped = new ArrayList<>();

            @Override
            public Row next() throws IOException {
                if (emitted == failAfter) {
                    throw new IOException("file " + index + " broke");
                }
                if (emitted == rows) {
                    return null;
                }
                emitted++;
                if (emitted % 3 == 0) {
                    rejected++;
                    Origin where = new Origin("f" + index, emitted * 2L - 1);
                    if (skipped.size() < SkippedLine.KEPT) {
                        skipped.add(SkippedLine.of(where, "bad", "x"));
                    }
                }
                return new Row(
                        SCHEMA,
                        new Object[] {index * 1000L + emitted},
                        new Origin("f" + index, emitted * 2L));
            }

            @Override
            public long rejected() {
                return rejected;
            }

            @Override
            public List<SkippedLine> skipped() {
                return List.copyOf(skipped);
            }

            @Override
            public void close() {}
        };
    }

    /** Everything a reader of {@code cursor} sees: each row with the counters after it. */
    private static List<String> seen(RowCursor cursor) throws IOException {
        List<String> out = new ArrayList<>();
        try (cursor) {
            Row row;
            while ((row = cursor.next()) != null) {
                out.add(row.origin() + " " + row.get(0) + " rejected " + cursor.rejected());
            }
            out.add("end rejected " + cursor.rejected() + " skipped " + cursor.skipped());
        }
        return out;
    }

    /** The same files read one after the other on this thread. */
    private static RowCursor sequential(int count, ParallelRowCursor.Opener opener) {
        return new RowCursor() {
            int next;
            RowCursor current;
            long before;
            final List<SkippedLine> skippedBefore = new ArrayList<>();

            @Override
            public Row next() throws IOException {
                while (true) {
                    if (current == null) {
                        if (next >= count) {
                            return null;
                        }
                        current = opener.open(next++);
                    }
                    Row row = current.next();
                    if (row != null) {
                        return row;
                    }
                    before += current.rejected();
                    for (SkippedLine s : current.skipped()) {
                        if (skippedBefore.size() < SkippedLine.KEPT) {
                            skippedBefore.add(s);
                        }
                    }
                    current.close();
                    current = null;
                }
            }

            @Override
            public long rejected() {
                return before + (current == null ? 0 : current.rejected());
            }

            @Override
            public List<SkippedLine> skipped() {
                List<SkippedLine> all = new ArrayList<>(skippedBefore);
                if (current != null) {
                    all.addAll(current.skipped());
                }
                return all.size() > SkippedLine.KEPT ? all.subList(0, SkippedLine.KEPT) : all;
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void givesTheRowsAndCountersOfTheSequentialReadInItsOrder() throws IOException {
        int[] sizes = {0, 1, 700, 3, 0, 0, 250, 1, 40, 513};
        ParallelRowCursor.Opener opener = i -> file(i, sizes[i], -1);
        List<String> expected = seen(sequential(sizes.length, opener));
        assertThat(expected).hasSize(1508 + 1);
        for (int round = 0; round < 20; round++) {
            assertThat(seen(new ParallelRowCursor(sizes.length, opener))).isEqualTo(expected);
        }
    }

    @Test
    void throwsAFilesErrorAfterTheRowsReadBeforeItAsTheSequentialReadDoes() throws IOException {
        ParallelRowCursor.Opener opener = i -> file(i, 300, i == 2 ? 77 : -1);
        List<String> rows = new ArrayList<>();
        try (RowCursor cursor = new ParallelRowCursor(5, opener)) {
            assertThatThrownBy(
                            () -> {
                                Row row;
                                while ((row = cursor.next()) != null) {
                                    rows.add(row.origin().toString());
                                }
                            })
                    .isInstanceOf(IOException.class)
                    .hasMessage("file 2 broke");
        }
        assertThat(rows)
                .hasSize(300 + 300 + 77)
                .last()
                .hasToString(new Origin("f2", 154).toString());
    }

    @Test
    void opensNoMoreThanItsWindowAheadWhenTheReaderStopsEarly() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        ParallelRowCursor.Opener opener =
                i -> {
                    opened.incrementAndGet();
                    return file(i, 10_000, -1);
                };
        try (RowCursor cursor = new ParallelRowCursor(1000, opener)) {
            for (int i = 0; i < 5; i++) {
                assertThat(cursor.next().get(0)).isEqualTo(i + 1L);
            }
        }
        assertThat(opened.get()).isBetween(1, ParallelRowCursor.WINDOW);
    }

    @Test
    void readsNothingForNoFiles() throws IOException {
        try (RowCursor cursor = new ParallelRowCursor(0, i -> file(i, 1, -1))) {
            assertThat(cursor.next()).isNull();
            assertThat(cursor.rejected()).isZero();
        }
    }
}
