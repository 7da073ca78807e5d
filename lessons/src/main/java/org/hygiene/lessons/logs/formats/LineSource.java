package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Read text lines from a stream without ever holding more than one line: UTF-8 with invalid bytes
 * replaced by U+FFFD, a leading byte order mark dropped, and LF, CRLF or a lone CR ending a line. A
 * line longer than {@link #MAX_LINE} characters is cut there and flagged, so a file with no line
 * breaks cannot exhaust memory.
 */
public final class LineSource implements TextLines {
    /** Longest line kept whole; real log lines stay far below this. */
    public static final int MAX_LINE = 1 << 20;

    private final Reader in;

    /** Chars decoded at a time when reading a whole file. */
    private static final int CHUNK = 1 << 16;

    /** Chars decoded at a time for {@link #head}: about ten log lines. */
    private static final int HEAD_CHUNK = 1 << 12;

    private final char[] buf;
    private final StringBuilder line = new StringBuilder(512);
    private final int maxLine;
    private int pos;
    private int limit;
    private long lineNumber;
    private boolean tooLong;
    private boolean terminated;
    private boolean started;
    private boolean eof;

    public LineSource(InputStream in) {
        this(in, MAX_LINE);
    }

    public LineSource(InputStream in, int maxLine) {
        this(in, maxLine, CHUNK);
    }

    private LineSource(InputStream in, int maxLine, int chunk) {
        // InputStreamReader replaces malformed input with U+FFFD rather than failing.
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.maxLine = maxLine;
        this.buf = new char[chunk];
    }

    /**
     * For reading the first few lines only: it decodes 4 KiB at a time rather than 64 KiB, so that
     * recognising a folder's files decodes what it reads (a walk of 18 logs decoded 1.2 MB for 12
     * lines each, some 20 ms of every hunt and check). Lines read exactly as with the constructor.
     */
    public static LineSource head(InputStream in, int maxLine) {
        return new LineSource(in, maxLine, HEAD_CHUNK);
    }

    /** The next line without its terminator, or null at the end of the stream. */
    public String next() throws IOException {
        line.setLength(0);
        tooLong = false;
        terminated = false;
        boolean any = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == '\n' || c == '\r') {
                    append(start, pos);
                    pos++;
                    if (c == '\r') {
                        skipLf();
                    }
                    terminated = true;
                    lineNumber++;
                    return line.toString();
                }
                pos++;
            }
            append(start, pos);
        }
        lineNumber++;
        return line.toString();
    }

    private void skipLf() throws IOException {
        if (pos >= limit && !fill()) {
            return;
        }
        if (buf[pos] == '\n') {
            pos++;
        }
    }

    private void append(int from, int to) {
        int room = maxLine - line.length();
        if (to - from > room) {
            tooLong = true;
            line.append(buf, from, Math.max(0, room));
        } else {
            line.append(buf, from, to - from);
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        if (!started) {
            started = true;
            if (buf[0] == '\uFEFF') {
                pos = 1;
            }
        }
        return pos < limit || fill();
    }

    /** The 1-based number of the line last returned. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Whether the line last returned was cut at {@link #MAX_LINE}. */
    public boolean tooLong() {
        return tooLong;
    }

    /** Whether the line last returned ended with a line break (false for a cut-off last line). */
    public boolean terminated() {
        return terminated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
