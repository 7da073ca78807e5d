package org.hygiene.lessons.logs.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Word-at-a-time byte searches for the scanner's hot loop (eight bytes per step). */
public final class Bytes {
    public static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    public static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private Bytes() {}

    /** A mask with the high bit set in exactly the bytes of {@code word} that are zero. */
    public static long zeroBytes(long word) {
        long t = (word & LOW7) + LOW7;
        return ~(t | word | LOW7);
    }

    /**
     * Nonzero exactly when some byte of {@code word} is zero (which bytes its bits mark may be
     * wrong): three operations against {@link #zeroBytes}'s five, to pass by the many words that
     * hold nothing of interest before working out where the bytes are.
     */
    public static long anyZeroByte(long word) {
        return (word - ONES) & ~word & HIGHS;
    }

    public static long repeat(byte b) {
        return (b & 0xffL) * 0x0101010101010101L;
    }

    /** How many {@code '\n'} lie in {@code buf[from, to)}. */
    public static int countNewlines(byte[] buf, int from, int to) {
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            n += Long.bitCount(zeroBytes((long) LONGS.get(buf, i) ^ NEWLINES));
        }
        for (; i < to; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The first index of {@code b} in {@code buf[from, to)}, or -1. */
    public static int indexOf(byte[] buf, byte b, int from, int to) {
        long pattern = repeat(b);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long hits = zeroBytes((long) LONGS.get(buf, i) ^ pattern);
            if (hits != 0) {
                return i + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of {@code b} in {@code buf[from, to)}, or -1. */
    public static int lastIndexOf(byte[] buf, byte b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
