package org.hygiene.lessons.hunt.lang;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;

/**
 * The row streams behind the tabular operators. Only {@code sort}, {@code top}, {@code distinct}
 * and {@code summarize} keep state; the others pass one row at a time.
 */
final class Streams {
    private Streams() {}

    static RowStream scan(LogTable table, RawFilter filter, QueryRun run) throws IOException {
        RowCursor cursor = table.open(filter);
        return new RowStream() {
            private long seen;

            public Object[] next() throws IOException {
                run.cancellation.check();
                Row row = cursor.next();
                long rejected = cursor.rejected();
                if (rejected > seen) {
                    seen = rejected;
                    run.noteSkipped(cursor.skipped());
                }
                run.rejected = Math.max(run.rejected, rejected);
                if (row == null) {
                    return null;
                }
                run.scanned++;
                return row.values();
            }

            public void close() throws IOException {
                cursor.close();
            }
        };
    }

    static RowStream filter(RowStream in, Eval predicate) {
        return new Wrapper(in) {
            public Object[] next() throws IOException {
                for (Object[] row = in.next(); row != null; row = in.next()) {
                    if (Boolean.TRUE.equals(predicate.eval(row))) {
                        return row;
                    }
                }
                return null;
            }
        };
    }

    static RowStream map(RowStream in, UnaryOperator<Object[]> f) {
        return new Wrapper(in) {
            public Object[] next() throws IOException {
                Object[] row = in.next();
                return row == null ? null : f.apply(row);
            }
        };
    }

    static RowStream take(RowStream in, long n) {
        return new Wrapper(in) {
            long taken;

            public Object[] next() throws IOException {
                if (taken >= n) {
                    return null;
                }
                Object[] row = in.next();
                if (row != null) {
                    taken++;
                }
                return row;
            }
        };
    }

    static RowStream distinct(RowStream in, int[] keep, QueryRun run) {
        return new Wrapper(in) {
            final Set<List<Object>> seen = new HashSet<>();

            public Object[] next() throws IOException {
                for (Object[] row = in.next(); row != null; row = in.next()) {
                    Object[] out = new Object[keep.length];
                    for (int k = 0; k < keep.length; k++) {
                        out[k] = row[keep[k]];
                    }
                    if (seen.add(Arrays.asList(out))) {
                        run.memory.charge(MemoryBudget.sizeOf(out) + 48);
                        return out;
                    }
                }
                return null;
            }
        };
    }

    static RowStream count(RowStream in, QueryRun run) {
        return new Wrapper(in) {
            boolean done;

            public Object[] next() throws IOException {
                if (done) {
                    return null;
                }
                long n = 0;
                while (in.next() != null) {
                    n++;
                }
                done = true;
                return new Object[] {n};
            }
        };
    }

    /** All rows, sorted: holds the whole input, as sort must. */
    static RowStream sort(RowStream in, Comparator<Object[]> order, QueryRun run) {
        return new Wrapper(in) {
            Iterator<Object[]> sorted;

            public Object[] next() throws IOException {
                if (sorted == null) {
                    List<Object[]> all = new ArrayList<>();
                    for (Object[] row = in.next(); row != null; row = in.next()) {
                        run.memory.charge(MemoryBudget.sizeOf(row) + 8);
                        all.add(row);
                    }
                    all.sort(order);
                    sorted = all.iterator();
                }
                return sorted.hasNext() ? sorted.next() : null;
            }
        };
    }

    /** The first {@code n} rows in {@code order}, keeping only {@code n} rows at any time. */
    static RowStream top(RowStream in, long n, Comparator<Object[]> order, QueryRun run) {
        return new Wrapper(in) {
            Deque<Object[]> best;

            public Object[] next() throws IOException {
                if (best == null) {
                    PriorityQueue<Object[]> heap = new PriorityQueue<>(order.reversed());
                    for (Object[] row = in.next(); row != null; row = in.next()) {
                        if (n == 0) {
                            continue;
                        }
                        heap.add(row);
                        if (heap.size() > n) {
                            heap.poll();
                        } else {
                            // Charged while the heap fills; a full heap swaps rows of like size.
                            run.memory.charge(MemoryBudget.sizeOf(row) + 8);
                        }
                    }
                    best = new ArrayDeque<>();
                    while (!heap.isEmpty()) {
                        best.addFirst(heap.poll());
                    }
                }
                return best.pollFirst();
            }
        };
    }

    /** Concatenate streams opened one after the other. */
    static RowStream concat(List<Plan> parts, List<UnaryOperator<Object[]>> adapt, QueryRun run) {
        return new RowStream() {
            int at = -1;
            RowStream current;

            public Object[] next() throws IOException {
                while (true) {
                    if (current == null) {
                        if (++at >= parts.size()) {
                            return null;
                        }
                        current = parts.get(at).open(run);
                    }
                    Object[] row = current.next();
                    if (row != null) {
                        return adapt.get(at).apply(row);
                    }
                    current.close();
                    current = null;
                }
            }

            public void close() throws IOException {
                if (current != null) {
                    current.close();
                }
            }
        };
    }

    abstract static class Wrapper implements RowStream {
        final RowStream in;

        Wrapper(RowStream in) {
            this.in = in;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
