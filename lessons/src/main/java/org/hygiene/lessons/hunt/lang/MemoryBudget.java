package org.hygiene.lessons.hunt.lang;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The memory one query may hold: rows kept by {@code sort}, {@code top}, {@code distinct}, {@code
 * summarize} groups and collected values, and the rows a caller keeps. Sizes are estimates of the
 * JVM's footprint, counted as rows are kept; going past the budget stops the query with a message
 * instead of exhausting the heap (and taking the shell down with it).
 */
public final class MemoryBudget {
    /** The default budget, in MB; {@code hunt --max-memory} raises it. */
    public static final long DEFAULT_MB = 512;

    /** The longest text value a function may build, in characters (16 Mi). */
    public static final int MAX_TEXT_CHARS = 16 * 1024 * 1024;

    private final long limitBytes;
    private long used;

    public MemoryBudget(long limitMegabytes) {
        this.limitBytes = Math.max(1, limitMegabytes) * 1024 * 1024;
    }

    public static MemoryBudget standard() {
        return new MemoryBudget(DEFAULT_MB);
    }

    /** The budget in MB. */
    public long limitMegabytes() {
        return limitBytes / (1024 * 1024);
    }

    /** Count {@code bytes} more as held; throw {@link QueryLimitException} past the budget. */
    public void charge(long bytes) {
        used += bytes;
        if (used > limitBytes) {
            throw new QueryLimitException(
                    "this query needs more than "
                            + limitMegabytes()
                            + " MB of memory; add a where or take before sort, summarize or"
                            + " distinct (or raise the limit with --max-memory MB)");
        }
    }

    /** Estimated bytes held by a row and its values. */
    public static long sizeOf(Object[] row) {
        long n = 16 + 8L * row.length;
        for (Object v : row) {
            n += sizeOf(v);
        }
        return n;
    }

    /** Estimated bytes held by one value (strings mostly Latin-1, one byte a character). */
    public static long sizeOf(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof CharSequence s) {
            return 40 + s.length();
        }
        if (v instanceof Collection<?> c) {
            long n = 40 + 8L * c.size();
            for (Object o : c) {
                n += sizeOf(o);
            }
            return n;
        }
        if (v instanceof Map<?, ?> m) {
            long n = 48 + 40L * m.size();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                n += sizeOf(e.getKey()) + sizeOf(e.getValue());
            }
            return n;
        }
        if (v instanceof Instant || v instanceof Duration) {
            return 24;
        }
        return 16;
    }

    /** Throw {@link QueryLimitException} when a text value to be built is too long. */
    public static void checkTextLength(long chars, String function) {
        if (chars > MAX_TEXT_CHARS) {
            throw new QueryLimitException(
                    "this query builds a text value of more than "
                            + MAX_TEXT_CHARS / (1024 * 1024)
                            + " MB with "
                            + function
                            + "(); build shorter values, or filter the rows first");
        }
    }
}
