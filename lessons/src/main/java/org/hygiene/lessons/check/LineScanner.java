package org.hygiene.lessons.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.hygiene.lessons.logs.bytes.AnchorByte;
import org.hygiene.lessons.logs.bytes.Bytes;
import org.hygiene.lessons.logs.bytes.LiteralSearch;
import org.hygiene.lessons.logs.formats.LineSource;

/**
 * Read a line-per-record log as raw bytes and hand on only the lines a check can use: {@code #}
 * directives (so the reader knows the fields), the first and last records (how far back the log
 * goes), and the candidates that contain one of the literals. Everything else is skipped without
 * being decoded, and line numbers stay exact. Memory is bounded by {@link #MAX_LINE}: a longer line
 * is skipped and reported, never held.
 */
final class LineScanner {
    static final int DIRECTIVE = 1;
    static final int FIRST = 2;
    static final int CANDIDATE = 4;
    static final int LAST = 8;

    /** Longest line handed on, the same limit the readers keep. */
    static final int MAX_LINE = LineSource.MAX_LINE;

    // Reads of 64 KiB: larger ones cost several times more kernel time through NIO (measured).
    private static final int CHUNK = 1 << 16;
    private static final int MAX_KEPT_LAST = 64 * 1024;

    /** Where the kept lines go. */
    interface Sink {
        /** A kept line, {@code buf[from, to)} without its line break. */
        void line(long number, int flags, byte[] buf, int from, int to) throws IOException;

        /**
         * A line longer than {@link #MAX_LINE}, skipped; {@code candidate} if it held a literal.
         */
        void overlong(long number, boolean candidate);
    }

    private final byte[] buf = new byte[MAX_LINE + CHUNK + 8];
    private long[] events = new long[64];
    private int eventCount;
    private LiteralSearch literals;
    private Sink sink;
    private int len;
    private long lines;
    private long lastEmitted;
    private boolean firstPending;
    private boolean skipping;
    private boolean skippedCandidate;
    private byte[] lastLine = new byte[0];
    private long lastLineNumber;

    /** A single literal, searched with line breaks in one pass: in lower case, else null. */
    private byte[] single;

    private int anchorAt;
    private long anchors;
    private long anchorFold;

    /** Scan {@code in} to its end; returns the number of lines read. */
    long scan(InputStream in, LiteralSearch literals, Sink sink) throws IOException {
        if (this.literals != literals) {
            single = literals.single();
            if (single != null) {
                anchorAt = AnchorByte.rarest(single);
                anchors = Bytes.repeat(single[anchorAt]);
                byte a = single[anchorAt];
                anchorFold = a >= 'a' && a <= 'z' ? Bytes.repeat((byte) 0x20) : 0;
            }
        }
        this.literals = literals;
        this.sink = sink;
        len = 0;
        lines = 0;
        lastEmitted = 0;
        lastLineNumber = 0;
        firstPending = true;
        skipping = false;
        skippedCandidate = false;
        boolean start = true;
        while (true) {
            int n = in.read(buf, len, Math.min(CHUNK, buf.length - 8 - len));
            if (n < 0) {
                break;
            }
            len += n;
            if (start && len >= 3) {
                start = false;
                if ((buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                    System.arraycopy(buf, 3, buf, 0, len - 3);
                    len -= 3;
                }
            }
            process();
        }
        if (skipping) {
            endOverlong();
        } else if (len > 0) {
            buf[len] = '\n';
            region(0, len + 1);
            len = 0;
        }
        if (lastLineNumber > lastEmitted) {
            sink.line(lastLineNumber, LAST, lastLine, 0, lastLine.length);
        }
        return lines;
    }

    private void process() throws IOException {
        int from = 0;
        if (skipping) {
            int nl = Bytes.indexOf(buf, (byte) '\n', 0, len);
            skippedCandidate |= literals.find(buf, 0, nl < 0 ? len : nl) >= 0;
            if (nl < 0) {
                len = 0;
                return;
            }
            endOverlong();
            from = nl + 1;
        }
        int lastNl = Bytes.lastIndexOf(buf, (byte) '\n', from, len);
        if (lastNl < 0) {
            compact(from);
            if (len >= MAX_LINE + CHUNK) {
                skipping = true;
                skippedCandidate = literals.find(buf, 0, len) >= 0;
                len = 0;
            }
            return;
        }
        region(from, lastNl + 1);
        compact(lastNl + 1);
    }

    private void endOverlong() {
        lines++;
        sink.overlong(lines, skippedCandidate);
        skipping = false;
        skippedCandidate = false;
    }

    private void compact(int from) {
        if (from > 0) {
            System.arraycopy(buf, from, buf, 0, len - from);
            len -= from;
        }
    }

    /** Handle the complete lines of {@code buf[s, e)}; {@code e} follows a line break. */
    private void region(int s, int e) throws IOException {
        eventCount = 0;
        int total = single != null ? searchInOnePass(s, e) : countAndFindDirectives(s, e);
        if (firstPending) {
            findFirst(s, e);
        }
        int from = single != null ? e : s;
        while (from < e) {
            int p = literals.find(buf, from, e);
            if (p < 0) {
                break;
            }
            int ls = Bytes.lastIndexOf(buf, (byte) '\n', s, p) + 1;
            add(Math.max(ls, s), CANDIDATE);
            from = Bytes.indexOf(buf, (byte) '\n', p, e) + 1;
        }
        if (eventCount == 0) {
            lines += total;
            rememberLast(s, e);
            return;
        }
        Arrays.sort(events, 0, eventCount);
        int pos = s;
        for (int i = 0; i < eventCount; i++) {
            int ls = (int) (events[i] >>> 4);
            int flags = (int) (events[i] & 15);
            while (i + 1 < eventCount && (int) (events[i + 1] >>> 4) == ls) {
                flags |= (int) (events[++i] & 15);
            }
            lines += Bytes.countNewlines(buf, pos, ls);
            pos = ls;
            int le = Bytes.indexOf(buf, (byte) '\n', ls, e);
            sink.line(lines + 1, flags, buf, ls, trimCr(ls, le));
            lastEmitted = lines + 1;
        }
        lines += Bytes.countNewlines(buf, pos, e);
        rememberLast(s, e);
    }

    /**
     * Count the line breaks of {@code buf[s, e)} and note the lines that start with {@code #}, in
     * one pass of eight bytes at a time: a word costs one LF test, and each LF (once a line) a look
     * at the byte after it.
     */
    private int countAndFindDirectives(int s, int e) {
        byte[] b = buf;
        if (b[s] == '#') {
            add(s, DIRECTIVE);
        }
        int n = 0;
        int i = s;
        for (; i + 8 <= e; i += 8) {
            long lf = Bytes.zeroBytes((long) Bytes.LONGS.get(b, i) ^ Bytes.NEWLINES);
            if (lf == 0) {
                continue;
            }
            n += Long.bitCount(lf);
            do {
                int p = i + (Long.numberOfTrailingZeros(lf) >>> 3) + 1;
                if (p < e && b[p] == '#') {
                    add(p, DIRECTIVE);
                }
                lf &= lf - 1;
            } while (lf != 0);
        }
        for (; i < e; i++) {
            if (b[i] == '\n') {
                n++;
                if (i + 1 < e && b[i + 1] == '#') {
                    add(i + 1, DIRECTIVE);
                }
            }
        }
        return n;
    }

    /**
     * Count the line breaks of {@code buf[s, e)}, note the directives and the lines holding the
     * single literal, in one pass: each word is looked at for LFs and for the literal's rarest byte
     * together, and only a word holding one (about one in a line) costs more.
     */
    private int searchInOnePass(int s, int e) {
        byte[] b = buf;
        int n = 0;
        int lineStart = s;
        boolean candidate = false;
        if (b[s] == '#') {
            add(s, DIRECTIVE);
        }
        for (int i = s; i < e; i += 8) {
            long word = (long) Bytes.LONGS.get(b, i);
            long lf = Bytes.zeroBytes(word ^ Bytes.NEWLINES);
            long events = lf | Bytes.zeroBytes((word | anchorFold) ^ anchors);
            if (e - i < 8) {
                // The last word reaches past the region: drop what lies beyond.
                long inside = (1L << ((e - i) << 3)) - 1;
                lf &= inside;
                events &= inside;
            }
            if (events == 0) {
                continue;
            }
            n += Long.bitCount(lf);
            while (events != 0) {
                int p = i + (Long.numberOfTrailingZeros(events) >>> 3);
                events &= events - 1;
                if (b[p] == '\n') {
                    lineStart = p + 1;
                    candidate = false;
                    if (lineStart < e && b[lineStart] == '#') {
                        add(lineStart, DIRECTIVE);
                    }
                } else if (!candidate && matchesSingle(p - anchorAt, lineStart, e)) {
                    candidate = true;
                    add(lineStart, CANDIDATE);
                }
            }
        }
        return n;
    }

    private boolean matchesSingle(int at, int lineStart, int e) {
        if (at < lineStart || at + single.length > e) {
            return false;
        }
        for (int k = 0; k < single.length; k++) {
            int c = buf[at + k];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != single[k]) {
                return false;
            }
        }
        return true;
    }

    private void findFirst(int s, int e) {
        int ls = s;
        while (ls < e) {
            int le = Bytes.indexOf(buf, (byte) '\n', ls, e);
            int end = trimCr(ls, le);
            if (end > ls && buf[ls] != '#') {
                add(ls, FIRST);
                firstPending = false;
                return;
            }
            ls = le + 1;
        }
    }

    /** Keep a copy of the region's last record, the file's last one if no other follows. */
    private void rememberLast(int s, int e) {
        long number = lines;
        int le = e - 1;
        for (int tries = 0; tries < 8 && le > s; tries++) {
            int ls = Bytes.lastIndexOf(buf, (byte) '\n', s, le) + 1;
            ls = Math.max(ls, s);
            int end = trimCr(ls, le);
            if (end > ls && buf[ls] != '#') {
                if (end - ls <= MAX_KEPT_LAST) {
                    lastLine = Arrays.copyOfRange(buf, ls, end);
                    lastLineNumber = number;
                }
                return;
            }
            number--;
            le = ls - 1;
        }
    }

    private int trimCr(int ls, int le) {
        return le > ls && buf[le - 1] == '\r' ? le - 1 : le;
    }

    private void add(int pos, int flag) {
        if (eventCount == events.length) {
            events = Arrays.copyOf(events, eventCount * 2);
        }
        events[eventCount++] = ((long) pos << 4) | flag;
    }
}
