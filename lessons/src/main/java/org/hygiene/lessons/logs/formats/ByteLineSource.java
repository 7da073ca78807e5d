package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hygiene.lessons.logs.bytes.AnchorByte;
import org.hygiene.lessons.logs.bytes.Bytes;
import org.hygiene.lessons.logs.bytes.LiteralSearch;

/**
 * The lines of {@link LineSource} that can matter to a record filter searching for an ASCII
 * literal: {@code #} directives, lines holding the literal (ignoring ASCII case), and over-long
 * lines (which the reader counts as rejected). Kept lines read exactly as {@link LineSource} reads
 * them (UTF-8 with U+FFFD, BOM dropped, LF, CRLF or CR, cut at the longest line), and line numbers
 * count every line, kept or not.
 *
 * <p>Each byte is read once: one loop over a buffer of complete lines looks at eight bytes a step
 * for line breaks and for the literal's rarest byte ({@link AnchorByte}) together, compares the
 * literal only where that byte is, and notes the kept lines; only those are decoded. A buffer that
 * may hold an over-long line is read line by line instead.
 *
 * <p>Searching bytes gives the same answer as searching the decoded text because an ASCII byte is
 * never part of a multi-byte UTF-8 sequence, valid or not, and the search folds ASCII case only, as
 * {@link org.hygiene.lessons.logs.RawFilter#containsIgnoreCase} does.
 */
final class ByteLineSource implements TextLines {
    // Reads of 64 KiB, as the check scanner measured best.
    private static final int CHUNK = 1 << 16;
    // Room after the data: a word read may pass the end, and a sentinel LF ends the last line.
    private static final int SLACK = 16;

    private final InputStream in;
    private final LiteralSearch literal;
    private final int maxLine;

    /** The literal in lower case, and the byte of it the word loop looks for (its rarest). */
    private final byte[] lower;

    private final int anchorAt;
    private final long anchors;
    private final long anchorFold;

    /** Bytes kept of an over-long line: more than enough to decode its first maxLine chars. */
    private final int cap;

    private final CharsetDecoder decoder =
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] buf = new byte[CHUNK * 2 + SLACK];
    private int len;

    /** The start of the first line not yet counted or handed on. */
    private int pos;

    /** The end of the complete lines in the buffer: just after a line break. */
    private int end;

    /** Whether the lines up to {@link #end} are read one by one (one may be over-long). */
    private boolean lineByLine;

    /** The kept lines of {@code [pos, end)}: their bounds and numbers, in order. */
    private int[] keptFrom = new int[16];

    private int[] keptTo = new int[16];
    private long[] keptNumber = new long[16];
    private int keptCount;
    private int keptNext;

    /** The lines counted so far. */
    private long lines;

    private static final long CRS = Bytes.repeat((byte) '\r');
    private long lineNumber;
    private boolean tooLong;
    private boolean started;
    private boolean eof;

    /** Discarding the rest of an over-long line, already handed on, up to its line break. */
    private boolean skipping;

    ByteLineSource(InputStream in, String literal, int maxLine) {
        if (!usable(literal)) {
            throw new IllegalArgumentException("not a printable ASCII literal: " + literal);
        }
        this.in = in;
        this.literal = LiteralSearch.of(literal);
        this.maxLine = maxLine;
        this.lower = literal.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        this.anchorAt = AnchorByte.rarest(lower);
        byte a = lower[anchorAt];
        this.anchors = Bytes.repeat(a);
        // Letters are found in either case: OR-ing 0x20 folds 'A'-'Z' onto 'a'-'z' only for them.
        this.anchorFold = a >= 'a' && a <= 'z' ? Bytes.repeat((byte) 0x20) : 0;
        // A UTF-8 char takes at most three bytes (a surrogate pair four for two chars).
        this.cap = 3 * maxLine + 8;
    }

    /** Whether a byte search finds exactly the lines a search of the decoded text would. */
    static boolean usable(String literal) {
        if (literal.length() < 2) {
            return false;
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String next() throws IOException {
        while (true) {
            if (pos < end) {
                String line = lineByLine ? nextLineByLine() : nextKept();
                if (line != null) {
                    return line;
                }
            } else {
                String cut = nextRegion();
                if (cut != null) {
                    return cut;
                }
                if (pos >= end) {
                    return null;
                }
            }
        }
    }

    /** The next kept line of a region searched as a whole, or null when the region is done. */
    private String nextKept() throws IOException {
        if (keptNext == keptCount) {
            pos = end;
            return null;
        }
        int k = keptNext++;
        lineNumber = keptNumber[k];
        return decode(keptFrom[k], keptTo[k]);
    }

    /** The next kept line of a region read line by line, or null when the region is done. */
    private String nextLineByLine() throws IOException {
        while (pos < end) {
            int ls = pos;
            int le = lineEnd(ls);
            pos = afterBreak(le);
            lines++;
            int n = le - ls;
            if ((n > 0 && buf[ls] == '#') || literal.find(buf, ls, le) >= 0) {
                lineNumber = lines;
                return decode(ls, le);
            }
            // Longer than the limit in bytes may still fit in chars: decode to know.
            if (n > maxLine) {
                String line = decode(ls, le);
                if (tooLong) {
                    lineNumber = lines;
                    return line;
                }
            }
        }
        return null;
    }

    /**
     * Read up to the next complete lines and search them; false-like null when done. Returns the
     * head of an over-long line that has no break within {@link #cap} bytes, which is handed on at
     * once (cut) while the rest of it is skipped.
     */
    private String nextRegion() throws IOException {
        compact();
        if (!started) {
            started = true;
            while (len < 3 && read()) {
                // a BOM needs three bytes
            }
            if (len >= 3
                    && (buf[0] & 0xff) == 0xEF
                    && (buf[1] & 0xff) == 0xBB
                    && (buf[2] & 0xff) == 0xBF) {
                pos = 3;
            }
        }
        int searched = pos;
        while (true) {
            if (skipping) {
                int b = firstBreak(searched);
                if (b >= 0) {
                    skipping = false;
                    pos = b + 1;
                    searched = pos;
                } else {
                    // Keep a final CR: an LF may follow it in the next read.
                    pos = len > pos && buf[len - 1] == '\r' ? len - 1 : len;
                    compact();
                    searched = pos;
                    if (!read()) {
                        pos = len;
                        end = len;
                        return null;
                    }
                    continue;
                }
            }
            int e = lastBreakEnd(searched);
            if (e > pos) {
                region(e);
                return null;
            }
            searched = Math.max(pos, len - 1);
            if (len - pos > cap) {
                // No break within cap bytes: hand the head on, cut, and skip the rest.
                lines++;
                lineNumber = lines;
                String head = decode(pos, pos + cap);
                skipping = true;
                pos = pos + cap;
                searched = pos;
                end = pos;
                return head;
            }
            if (!read()) {
                if (pos < len) {
                    // The last line has no break: end it with one, as if the file did.
                    buf[len++] = '\n';
                    region(len);
                } else {
                    end = pos;
                }
                return null;
            }
        }
    }

    /** Take {@code [pos, e)} as the complete lines to hand on. */
    private void region(int e) {
        end = e;
        keptCount = 0;
        keptNext = 0;
        lineByLine = e - pos > maxLine;
        if (!lineByLine) {
            search(pos, e);
        }
    }

    /**
     * Find the kept lines of {@code buf[s, e)} in one pass, eight bytes a step: each word is looked
     * at for line breaks and for the literal's anchor byte at once, and only a word holding one of
     * them (about one in a line) costs more. {@code s} starts a line; {@code e} follows a break.
     */
    private void search(int s, int e) {
        byte[] b = buf;
        long n = lines;
        int lineStart = s;
        boolean keep = b[s] == '#';
        for (int i = s; i < e; i += 8) {
            long word = (long) Bytes.LONGS.get(b, i);
            long lf = word ^ Bytes.NEWLINES;
            long cr = word ^ CRS;
            long anchor = (word | anchorFold) ^ anchors;
            // Most words hold no break and no anchor: pass them by with the cheaper test.
            if (e - i >= 8
                    && (Bytes.anyZeroByte(lf) | Bytes.anyZeroByte(cr) | Bytes.anyZeroByte(anchor))
                            == 0) {
                continue;
            }
            long events = Bytes.zeroBytes(lf) | Bytes.zeroBytes(cr) | Bytes.zeroBytes(anchor);
            if (e - i < 8) {
                // The last word reaches past the region: drop what lies beyond.
                events &= (1L << ((e - i) << 3)) - 1;
            }
            while (events != 0) {
                int p = i + (Long.numberOfTrailingZeros(events) >>> 3);
                events &= events - 1;
                byte c = b[p];
                if (c == '\n' || (c == '\r' && b[p + 1] != '\n')) {
                    n++;
                    if (keep) {
                        int to = c == '\n' && p > lineStart && b[p - 1] == '\r' ? p - 1 : p;
                        keep(lineStart, to, n);
                    }
                    lineStart = p + 1;
                    keep = lineStart < e && b[lineStart] == '#';
                } else if (c != '\r' && !keep && mayStartAt(p - anchorAt)) {
                    keep = matches(p - anchorAt, e);
                }
            }
        }
        lines = n;
    }

    /**
     * A first look before {@link #matches}, kept in the loop: whether the byte at {@code at} may be
     * the literal's first (folding 0x20 may say yes wrongly, never no). The anchor byte can be in
     * every line ({@code ~} in HttpProxy's {@code MailboxGuid~}), and a call for each costs.
     */
    private boolean mayStartAt(int at) {
        return at >= 0 && (buf[at] | 0x20) == (lower[0] | 0x20);
    }

    /** Whether the literal starts at {@code at}, ignoring ASCII case. */
    private boolean matches(int at, int e) {
        if (at < 0 || at + lower.length > e) {
            return false;
        }
        for (int k = 0; k < lower.length; k++) {
            int c = buf[at + k];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower[k]) {
                return false;
            }
        }
        return true;
    }

    private void keep(int from, int to, long number) {
        if (keptCount == keptFrom.length) {
            keptFrom = Arrays.copyOf(keptFrom, keptCount * 2);
            keptTo = Arrays.copyOf(keptTo, keptCount * 2);
            keptNumber = Arrays.copyOf(keptNumber, keptCount * 2);
        }
        keptFrom[keptCount] = from;
        keptTo[keptCount] = to;
        keptNumber[keptCount++] = number;
    }

    /** The first CR or LF at or after {@code from}; the region always holds one. */
    private int lineEnd(int from) {
        int i = from;
        while (buf[i] != '\n' && buf[i] != '\r') {
            i++;
        }
        return i;
    }

    private int afterBreak(int le) {
        return buf[le] == '\r' && buf[le + 1] == '\n' ? le + 2 : le + 1;
    }

    /**
     * Just after the last line break of {@code buf[from, len)} whose kind is known (a CR at the
     * very end may be the first half of a CRLF), or -1.
     */
    private int lastBreakEnd(int from) {
        for (int i = len - 1; i >= from; i--) {
            byte c = buf[i];
            if (c == '\n' || (c == '\r' && i + 1 < len)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The first line break of {@code buf[from, len)} whose kind is known, or -1. */
    private int firstBreak(int from) {
        for (int i = from; i < len; i++) {
            byte c = buf[i];
            if (c == '\n') {
                return i;
            }
            if (c == '\r' && i + 1 < len) {
                return buf[i + 1] == '\n' ? i + 1 : i;
            }
        }
        return -1;
    }

    private String decode(int from, int to) throws IOException {
        String line = decoder.decode(ByteBuffer.wrap(buf, from, to - from)).toString();
        tooLong = line.length() > maxLine;
        return tooLong ? line.substring(0, maxLine) : line;
    }

    /** Move the unread bytes to the front of the buffer. */
    private void compact() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            end = Math.max(0, end - pos);
            pos = 0;
        }
    }

    /** Read more bytes after those in the buffer; false at the end of the stream. */
    private boolean read() throws IOException {
        if (eof) {
            return false;
        }
        if (buf.length - SLACK - len < CHUNK) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + CHUNK + SLACK));
        }
        int n;
        do {
            n = in.read(buf, len, CHUNK);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        len += n;
        return true;
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public boolean tooLong() {
        return tooLong;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
