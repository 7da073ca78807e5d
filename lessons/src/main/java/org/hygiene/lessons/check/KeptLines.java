package org.hygiene.lessons.check;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines a {@link LineScanner} kept from one file, as a small text the log readers can parse:
 * each line's original number and flags are remembered by its position, and the directives in force
 * are repeated at the top of every batch so that a batch parses on its own.
 */
final class KeptLines implements LineScanner.Sink {
    /** Parse and start a new batch once this many bytes are kept. */
    static final int BATCH = 4 << 20;

    /** What to do with a full batch and with skipped long lines. */
    interface Consumer {
        void batch(KeptLines lines);

        void overlong(long number, boolean candidate);
    }

    private final Consumer consumer;
    private byte[] text = new byte[8192];
    private int size;
    private long[] numbers = new long[64];
    private int[] flags = new int[64];
    private final List<String> raw = new ArrayList<>();
    private final List<byte[]> directives = new ArrayList<>();
    private boolean dataSinceDirective = true;

    KeptLines(Consumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public void line(long number, int lineFlags, byte[] buf, int from, int to) {
        boolean directive = (lineFlags & LineScanner.DIRECTIVE) != 0;
        if (directive) {
            if (dataSinceDirective) {
                directives.clear();
                dataSinceDirective = false;
            }
            directives.add(Arrays.copyOfRange(buf, from, to));
        } else {
            dataSinceDirective = true;
        }
        if (size > BATCH) {
            flush();
        }
        append(number, lineFlags, buf, from, to);
    }

    @Override
    public void overlong(long number, boolean candidate) {
        consumer.overlong(number, candidate);
    }

    private void append(long number, int lineFlags, byte[] buf, int from, int to) {
        int n = raw.size();
        if (n == numbers.length) {
            numbers = Arrays.copyOf(numbers, n * 2);
            flags = Arrays.copyOf(flags, n * 2);
        }
        numbers[n] = number;
        flags[n] = lineFlags;
        raw.add(
                (lineFlags & LineScanner.CANDIDATE) != 0
                        ? new String(buf, from, to - from, StandardCharsets.UTF_8)
                        : null);
        ensure(to - from + 1);
        for (int i = from; i < to; i++) {
            // A lone CR would end the line for the reader and shift every number after it.
            text[size++] = buf[i] == '\r' ? (byte) ' ' : buf[i];
        }
        text[size++] = '\n';
    }

    private void ensure(int more) {
        if (size + more > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, size + more));
        }
    }

    /** Hand the batch to the consumer and start the next with the directives in force. */
    void flush() {
        if (raw.isEmpty()) {
            return;
        }
        if (hasData()) {
            consumer.batch(this);
        }
        size = 0;
        raw.clear();
        for (byte[] d : directives) {
            append(0, LineScanner.DIRECTIVE, d, 0, d.length);
        }
    }

    /** Whether the batch holds anything but directives. */
    boolean hasData() {
        for (int i = 0; i < raw.size(); i++) {
            if (flags[i] != LineScanner.DIRECTIVE) {
                return true;
            }
        }
        return false;
    }

    InputStream stream() {
        return new ByteArrayInputStream(text, 0, size);
    }

    int count() {
        return raw.size();
    }

    /** The original line number of the batch's {@code index}-th line (0-based). */
    long number(int index) {
        return numbers[index];
    }

    int flags(int index) {
        return flags[index];
    }

    /** The decoded text of a candidate line, else null. */
    String raw(int index) {
        return raw.get(index);
    }
}
