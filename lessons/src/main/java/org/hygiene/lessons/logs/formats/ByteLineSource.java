package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hygiene.lessons.logs.bytes.Bytes;
import org.hygiene.lessons.logs.bytes.LiteralSearch;

/**
 * The lines of {@link LineSource} that can matter to a record filter searching for an ASCII
 * literal: {@code #} directives, lines holding the literal (ignoring ASCII case), and over-long
 * lines (which the reader counts as rejected). Every other line is skipped as raw bytes, never
 * decoded, which is where a pre-filtered hunt spent its time. Kept lines read exactly as {@link
 * LineSource} reads them (UTF-8 with U+FFFD, BOM dropped, LF, CRLF or CR, cut at the longest line),
 * and line numbers count every line, kept or not.
 *
 * <p>Searching bytes gives the same answer as searching the decoded text because an ASCII byte is
 * never part of a multi-byte UTF-8 sequence, valid or not, and the search folds ASCII case only, as
 * {@link org.hygiene.lessons.logs.RawFilter#containsIgnoreCase} does.
 */
final class ByteLineSource implements TextLines {
    // Reads of 64 KiB, as the check scanner measured best.
    private static final int CHUNK = 1 << 16;
    private static final long CRS = Bytes.repeat((byte) '\r');

    private final InputStream in;
    private final LiteralSearch literal;
    private final int maxLine;

    /** Bytes kept of an over-long line: more than enough to decode its first maxLine chars. */
    private final int cap;

    private final CharsetDecoder decoder =
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] buf = new byte[CHUNK * 2];
    private int start;
    private int len;
    private long lineNumber;
    private boolean tooLong;
    private boolean started;
    private boolean eof;
    private boolean pendingCr;

    ByteLineSource(InputStream in, String literal, int maxLine) {
        if (!usable(literal)) {
            throw new IllegalArgumentException("not a printable ASCII literal: " + literal);
        }
        this.in = in;
        this.literal = LiteralSearch.of(literal);
        this.maxLine = maxLine;
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
        while (begin()) {
            int off = 0;
            boolean cut = false;
            int end;
            while (true) {
                end = lineEnd(start + off, len);
                if (end >= 0) {
                    break;
                }
                off = len - start;
                if (off > cap) {
                    // Keep the head of an over-long line only, so memory stays bounded.
                    cut = true;
                    off = cap;
                    len = start + cap;
                }
                if (!more()) {
                    end = len;
                    break;
                }
            }
            int from = start;
            if (end < len) {
                pendingCr = buf[end] == '\r';
                start = end + 1;
            } else {
                start = len;
            }
            lineNumber++;
            int n = end - from;
            if ((n > 0 && buf[from] == '#') || literal.find(buf, from, end) >= 0) {
                return decode(from, end);
            }
            // Longer than the limit in bytes may still fit in chars: decode to know.
            if (cut || n > maxLine) {
                String line = decode(from, end);
                if (tooLong) {
                    return line;
                }
            }
        }
        return null;
    }

    private String decode(int from, int to) throws IOException {
        String line = decoder.decode(ByteBuffer.wrap(buf, from, to - from)).toString();
        tooLong = line.length() > maxLine;
        return tooLong ? line.substring(0, maxLine) : line;
    }

    /** Move to the first byte of the next line; false at the end of the stream. */
    private boolean begin() throws IOException {
        if (!started) {
            started = true;
            while (len < 3 && more()) {
                // a BOM needs three bytes
            }
            if (len >= 3
                    && (buf[0] & 0xff) == 0xEF
                    && (buf[1] & 0xff) == 0xBB
                    && (buf[2] & 0xff) == 0xBF) {
                start = 3;
            }
        }
        if (pendingCr) {
            pendingCr = false;
            if (start >= len && !more()) {
                return false;
            }
            if (buf[start] == '\n') {
                start++;
            }
        }
        return start < len || more();
    }

    /** The first CR or LF in {@code buf[from, to)}, eight bytes a step, or -1. */
    private int lineEnd(int from, int to) {
        byte[] b = buf;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) Bytes.LONGS.get(b, i);
            long hits = Bytes.zeroBytes(word ^ Bytes.NEWLINES) | Bytes.zeroBytes(word ^ CRS);
            if (hits != 0) {
                return i + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Read more bytes after the current line's, compacting first; false at the end. */
    private boolean more() throws IOException {
        if (eof) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, len - start);
            len -= start;
            start = 0;
        }
        if (buf.length - len < CHUNK) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + CHUNK));
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
