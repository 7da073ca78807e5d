package org.hygiene.lessons.logs.bytes;

/**
 * Count line breaks (LF, CRLF or a lone CR, each one break) in raw bytes, eight bytes a step, and
 * stop at the first line that starts with {@code #} (a log directive, which a reader must see). It
 * is the only pass that touches every byte between two lines a literal search kept, so it does as
 * little as it can per word: one popcount of the LFs, and a slow path only for words holding a
 * {@code #} or a CR not followed by LF in the same word (a CRLF split across two words included,
 * once a line in eight at most).
 */
public final class LineBreaks {
    private static final long CRS = Bytes.repeat((byte) '\r');
    private static final long HASHES = Bytes.repeat((byte) '#');

    private long count;

    /** The line breaks counted so far. */
    public long count() {
        return count;
    }

    /** Count one more break (a line handed on whole by the caller). */
    public void add() {
        count++;
    }

    /**
     * Count the breaks of {@code buf[from, to)} up to the first line starting with {@code #}, and
     * return that line's start, or -1 when there is none (all counted). {@code from} must start a
     * line and {@code to} must follow a line break or be the start of a line; the byte after a CR
     * in the range must be readable (it tells CRLF from a lone CR).
     */
    public int countTo(byte[] buf, int from, int to) {
        if (from < to && buf[from] == '#') {
            return from;
        }
        long n = count;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) Bytes.LONGS.get(buf, i);
            long lf = Bytes.zeroBytes(word ^ Bytes.NEWLINES);
            long odd = (Bytes.zeroBytes(word ^ CRS) & ~(lf >>> 8)) | Bytes.zeroBytes(word ^ HASHES);
            if (odd == 0) {
                n += Long.bitCount(lf);
                continue;
            }
            count = n;
            int d = bytewise(buf, i, i + 8);
            if (d >= 0) {
                return d;
            }
            n = count;
        }
        count = n;
        return bytewise(buf, i, to);
    }

    private int bytewise(byte[] buf, int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = buf[k];
            if (c == '\n') {
                count++;
            } else if (c == '\r') {
                if (buf[k + 1] != '\n') {
                    count++;
                }
            } else if (c == '#' && k > 0 && (buf[k - 1] == '\n' || buf[k - 1] == '\r')) {
                return k;
            }
        }
        return -1;
    }
}
