package org.hygiene.lessons.logs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rows of several cursors read one after the other, as if in sequence, while two worker threads
 * read the next ones ahead (a log folder's files, on both cores). The caller sees exactly what the
 * sequential read gives: the same rows in the same order, the same {@link #rejected()} and {@link
 * #skipped()} after each row, and an error where the sequential read would have thrown it.
 *
 * <p>Memory stays bounded: a worker hands rows on in batches (1, 2, 4, ... up to {@value
 * #MAX_BATCH} rows, so a {@code take} gets its first rows at once), at most {@value #QUEUED}
 * batches wait per cursor, and at most {@value #WINDOW} cursors are open ahead of the one being
 * read. {@link #close()} stops the workers, so a query that stops early stops reading.
 */
public final class ParallelRowCursor implements RowCursor {
    /** Open the {@code index}-th cursor of the sequence. */
    @FunctionalInterface
    public interface Opener {
        RowCursor open(int index) throws IOException;
    }

    static final int WORKERS = 2;
    static final int MAX_BATCH = 256;
    static final int QUEUED = 4;
    static final int WINDOW = WORKERS + 2;

    /** Rows of one cursor, with what its counters said after each; the last one ends it. */
    private static final class Batch {
        final Row[] rows;
        final long[] rejected;
        final List<?>[] skipped;
        int size;
        boolean last;
        long finalRejected;
        List<SkippedLine> finalSkipped = List.of();
        Throwable error;

        Batch(int capacity) {
            rows = new Row[capacity];
            rejected = new long[capacity];
            skipped = new List<?>[capacity];
        }
    }

    private final int count;
    private final Opener opener;
    private final Semaphore window = new Semaphore(WINDOW);
    private final AtomicInteger nextToOpen = new AtomicInteger();
    private final List<BlockingQueue<Batch>> queues = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    private int current;
    private Batch batch;
    private int at;
    private long rejectedBefore;
    private long currentRejected;
    private final List<SkippedLine> skippedBefore = new ArrayList<>();
    private List<SkippedLine> currentSkipped = List.of();

    public ParallelRowCursor(int count, Opener opener) {
        this.count = count;
        this.opener = opener;
        for (int i = 0; i < WINDOW; i++) {
            queues.add(new ArrayBlockingQueue<>(QUEUED));
        }
    }

    @Override
    public Row next() throws IOException {
        if (closed) {
            return null;
        }
        if (workers.isEmpty() && count > 0) {
            start();
        }
        while (true) {
            if (batch != null && at < batch.size) {
                Row row = batch.rows[at];
                currentRejected = batch.rejected[at];
                @SuppressWarnings("unchecked")
                List<SkippedLine> s = (List<SkippedLine>) batch.skipped[at];
                if (s != null) {
                    currentSkipped = s;
                }
                batch.rows[at++] = null;
                return row;
            }
            if (batch != null && batch.last) {
                endCurrent();
            }
            batch = null;
            if (current >= count) {
                return null;
            }
            try {
                batch = queues.get(current % WINDOW).take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the logs");
            }
            at = 0;
        }
    }

    /** The current cursor is read to its end: count it, rethrow its error, move on. */
    private void endCurrent() throws IOException {
        Batch ended = batch;
        batch = null;
        if (ended.error != null) {
            close();
            rethrow(ended.error);
        }
        rejectedBefore += ended.finalRejected;
        for (SkippedLine s : ended.finalSkipped) {
            if (skippedBefore.size() < SkippedLine.KEPT) {
                skippedBefore.add(s);
            }
        }
        currentRejected = 0;
        currentSkipped = List.of();
        current++;
        window.release();
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new UncheckedIOException(new IOException(t));
    }

    private void start() {
        int n = Math.min(WORKERS, count);
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(this::work, "hygiene-read-" + i);
            t.setDaemon(true);
            workers.add(t);
        }
        workers.forEach(Thread::start);
    }

    private void work() {
        try {
            while (!closed) {
                if (!window.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                int index = nextToOpen.getAndIncrement();
                if (index >= count) {
                    window.release();
                    return;
                }
                read(index, queues.get(index % WINDOW));
            }
        } catch (InterruptedException e) {
            // closed: stop reading
        }
    }

    /** Read cursor {@code index} to its end into {@code queue}, in growing batches. */
    private void read(int index, BlockingQueue<Batch> queue) throws InterruptedException {
        int capacity = 1;
        Batch b = new Batch(capacity);
        long lastRejected = 0;
        int lastSkipped = 0;
        try (RowCursor cursor = opener.open(index)) {
            Row row;
            while ((row = cursor.next()) != null) {
                if (closed) {
                    return;
                }
                long rejected = cursor.rejected();
                List<SkippedLine> skipped = null;
                if (rejected != lastRejected) {
                    lastRejected = rejected;
                    List<SkippedLine> s = cursor.skipped();
                    if (s.size() != lastSkipped) {
                        lastSkipped = s.size();
                        skipped = List.copyOf(s);
                    }
                }
                b.rows[b.size] = row;
                b.rejected[b.size] = rejected;
                b.skipped[b.size] = skipped;
                if (++b.size == capacity) {
                    put(queue, b);
                    capacity = Math.min(capacity * 2, MAX_BATCH);
                    b = new Batch(capacity);
                }
            }
            b.finalRejected = cursor.rejected();
            b.finalSkipped = List.copyOf(cursor.skipped());
        } catch (IOException | RuntimeException | Error e) {
            b.error = e;
        }
        b.last = true;
        put(queue, b);
    }

    /** Wait for room in {@code queue}, or for {@link #close()}. */
    private void put(BlockingQueue<Batch> queue, Batch b) throws InterruptedException {
        while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
            if (closed) {
                throw new InterruptedException();
            }
        }
    }

    @Override
    public long rejected() {
        return rejectedBefore + currentRejected;
    }

    @Override
    public List<SkippedLine> skipped() {
        List<SkippedLine> all = new ArrayList<>(skippedBefore);
        all.addAll(currentSkipped);
        return all.size() > SkippedLine.KEPT ? all.subList(0, SkippedLine.KEPT) : all;
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : workers) {
            t.interrupt();
        }
    }
}
