package org.hygiene.lessons.logs.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Limits on what one file on disk may expand to, so that a zip bomb costs a message, not the run:
 * archives nest at most {@link #MAX_DEPTH} deep, hold at most {@link #MAX_ENTRIES} entries, and
 * expand to at most {@link #RATIO} times their stored size (never less than {@link #FLOOR}).
 */
public final class ArchiveGuard {
    public static final int MAX_DEPTH = 3;
    public static final int MAX_ENTRIES = 100_000;
    public static final long RATIO = 200;
    public static final long FLOOR = 256L << 20;

    /** The archive expands beyond its limits. */
    public static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitException(String message) {
            super(message);
        }
    }

    private final long budget;
    private long expanded;
    private int entries;

    public ArchiveGuard(long storedSize) {
        this.budget =
                Math.max(
                        FLOOR,
                        storedSize > Long.MAX_VALUE / RATIO ? Long.MAX_VALUE : storedSize * RATIO);
    }

    public void entry() throws LimitException {
        if (++entries > MAX_ENTRIES) {
            throw new LimitException(
                    "holds more than " + MAX_ENTRIES + " entries; the rest was skipped");
        }
    }

    /** Count the bytes read through {@code in} against the budget. */
    public InputStream meter(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public void close() {
                // The archive stream outlives its entries; its owner closes it.
            }
        };
    }

    private void count(long n) throws LimitException {
        expanded += n;
        if (expanded > budget) {
            throw new LimitException(
                    "expands to more than "
                            + (budget >> 20)
                            + " MiB ("
                            + RATIO
                            + " times its size); the rest was skipped, a possible zip bomb");
        }
    }
}
