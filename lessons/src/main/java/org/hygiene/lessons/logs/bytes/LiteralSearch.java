package org.hygiene.lessons.logs.bytes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A set of ASCII literals searched in raw bytes, ignoring ASCII case: the pre-filter that lets a
 * check skip almost every byte of a log without decoding it, as {@code Select-String -Quiet} does
 * for Test-ProxyLogon. A multi-pattern Horspool search on byte pairs (Wu-Manber with blocks of
 * two): the window is the shortest literal, and since few pairs of a log line occur in the
 * literals, most steps skip a whole window.
 *
 * <p>A literal much shorter than the others would shrink every step ({@code " t="} among check's
 * IIS literals for back-end files: a window of 3 moves at most 2 bytes a step); such literals are
 * searched apart, eight bytes at a time for one of their punctuation bytes, and the earlier of the
 * two finds wins.
 */
public final class LiteralSearch {
    /** Below this many bytes one search runs, not two (see {@link #find}). */
    private static final int SPLIT = 256;

    private final byte[][] patterns;
    private final int window;

    /** The skip table, or null in anchor mode, which has no use for it. */
    private final byte[] shift;

    private final byte[] fold = new byte[256];

    /** Anchor mode: each literal holds a rare byte, found eight bytes at a time. */
    private final int[] anchorOffset;

    private final long anchors;

    /** Literals shorter than this are searched apart when others are longer (see above). */
    private static final int SHORT = 6;

    /** The short literals, searched apart, or null. */
    private final LiteralSearch shortOnes;

    private LiteralSearch(List<String> literals, LiteralSearch shortOnes, boolean anyPunctuation) {
        if (literals.isEmpty()) {
            throw new IllegalArgumentException("no literal");
        }
        patterns = lowerCase(literals);
        int m = Integer.MAX_VALUE;
        for (byte[] p : patterns) {
            m = Math.min(m, p.length);
        }
        if (m < 2) {
            throw new IllegalArgumentException("literals need two bytes at least");
        }
        window = Math.min(m, 100);
        for (int b = 0; b < 256; b++) {
            fold[b] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
        anchorOffset = new int[patterns.length];
        anchors = anchors(patterns, anchorOffset, anyPunctuation ? ANY_PUNCTUATION : RARE);
        this.shortOnes = shortOnes;
        if (anchors != 0) {
            shift = null;
            return;
        }
        shift = new byte[1 << 16];
        Arrays.fill(shift, (byte) (window - 1));
        for (byte[] p : patterns) {
            for (int j = 0; j + 1 < window; j++) {
                setShift(p[j] & 0xff, p[j + 1] & 0xff, window - 2 - j);
            }
        }
    }

    private static byte[][] lowerCase(List<String> literals) {
        byte[][] bytes = new byte[literals.size()][];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = literals.get(i).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    /** Whether every literal holds one of {@code usable}, at most two different ones. */
    private static boolean anchored(List<String> literals, String usable) {
        return anchors(lowerCase(literals), new int[literals.size()], usable) != 0;
    }

    /**
     * Bytes rare in log lines: when every literal holds one (at most two different ones), a search
     * for those bytes eight at a time beats any skip table ({@code ~} in {@code ServerInfo~}).
     */
    private static final String RARE = "~#<>[]{}|\\^$!`";

    /**
     * For short literals searched apart: any punctuation or space will do (not letters, whose case
     * a byte search would have to try both ways), rarest first as {@link AnchorByte} ranks them.
     */
    private static final String ANY_PUNCTUATION = "~#<>[]{}|\\^$!`\"'@;=?%*+&:_-.)(/, ";

    private static long anchors(byte[][] patterns, int[] offsets, String usable) {
        int first = -1;
        int second = -1;
        for (int i = 0; i < patterns.length; i++) {
            int k = -1;
            for (int j = 0; j < patterns[i].length; j++) {
                int rank = usable.indexOf(patterns[i][j]);
                if (rank >= 0 && (k < 0 || rank < usable.indexOf(patterns[i][k]))) {
                    k = j;
                }
            }
            if (k < 0) {
                return 0;
            }
            offsets[i] = k;
            int b = patterns[i][k] & 0xff;
            if (first < 0 || first == b) {
                first = b;
            } else if (second < 0 || second == b) {
                second = b;
            } else {
                return 0;
            }
        }
        return first | ((long) (second < 0 ? first : second) << 8) | (1L << 16);
    }

    /** The literal in lower case when there is exactly one, else null. */
    public byte[] single() {
        return patterns.length == 1 && shortOnes == null ? patterns[0].clone() : null;
    }

    public static LiteralSearch of(String... literals) {
        return of(List.of(literals));
    }

    public static LiteralSearch of(List<String> literals) {
        List<String> shorter = literals.stream().filter(l -> l.length() < SHORT).toList();
        List<String> longer = literals.stream().filter(l -> l.length() >= SHORT).toList();
        if (!shorter.isEmpty()
                && !longer.isEmpty()
                && !anchored(literals, RARE)
                && anchored(shorter, ANY_PUNCTUATION)) {
            return new LiteralSearch(longer, new LiteralSearch(shorter, null, true), false);
        }
        return new LiteralSearch(literals, null, false);
    }

    private void setShift(int a, int b, int s) {
        for (int x : cases(a)) {
            for (int y : cases(b)) {
                int i = (x << 8) | y;
                shift[i] = (byte) Math.min(shift[i], s);
            }
        }
    }

    private static int[] cases(int b) {
        return b >= 'a' && b <= 'z' ? new int[] {b, b - 32} : new int[] {b};
    }

    /** The start of the first literal found in {@code buf[from, to)}, or -1. */
    public int find(byte[] buf, int from, int to) {
        int found = findOwn(buf, from, to);
        if (shortOnes == null) {
            return found;
        }
        // A short literal that starts before the long one found may end after its start.
        int limit = found < 0 ? to : Math.min(to, found + SHORT - 1);
        int earlier = shortOnes.find(buf, from, limit);
        return earlier >= 0 && (found < 0 || earlier < found) ? earlier : found;
    }

    private int findOwn(byte[] buf, int from, int to) {
        if (anchors != 0) {
            return findByAnchor(buf, from, to);
        }
        int m = window;
        if (to - from < SPLIT) {
            return skipSearch(buf, from + m - 1, to, to);
        }
        // Two searches in one loop, over the two halves: each step of one waits on its own loads
        // (the bytes, then the shift), so two independent ones run in about the time of one
        // (1.9x faster for check's IIS literals under C1). The first half's matches come first.
        int mid = from + (to - from) / 2;
        int end1 = mid + m - 1;
        int i1 = from + m - 1;
        int i2 = end1;
        byte[] table = shift;
        while (i1 < end1 && i2 < to) {
            int s1 = table[((buf[i1 - 1] & 0xff) << 8) | (buf[i1] & 0xff)];
            int s2 = table[((buf[i2 - 1] & 0xff) << 8) | (buf[i2] & 0xff)];
            if (s1 != 0 && s2 != 0) {
                i1 += s1;
                i2 += s2;
                continue;
            }
            if (s1 == 0) {
                if (matchesAny(buf, i1 - m + 1, to)) {
                    return i1 - m + 1;
                }
                i1++;
            } else {
                i1 += s1;
            }
            if (s2 == 0) {
                if (matchesAny(buf, i2 - m + 1, to)) {
                    // Found in the second half: the first one may still hold an earlier match.
                    int first = skipSearch(buf, i1, end1, to);
                    return first >= 0 ? first : i2 - m + 1;
                }
                i2++;
            } else {
                i2 += s2;
            }
        }
        int first = skipSearch(buf, i1, end1, to);
        return first >= 0 ? first : skipSearch(buf, i2, to, to);
    }

    /**
     * The first literal whose window ends at or after {@code i} and before {@code end} (so that it
     * starts before {@code end - window + 1}), read up to {@code to}; or -1.
     */
    private int skipSearch(byte[] buf, int i, int end, int to) {
        int m = window;
        byte[] table = shift;
        while (i < end) {
            int s = table[((buf[i - 1] & 0xff) << 8) | (buf[i] & 0xff)];
            if (s != 0) {
                i += s;
                continue;
            }
            if (matchesAny(buf, i - m + 1, to)) {
                return i - m + 1;
            }
            i++;
        }
        return -1;
    }

    private boolean matchesAny(byte[] buf, int start, int to) {
        for (byte[] p : patterns) {
            if (matches(buf, start, to, p)) {
                return true;
            }
        }
        return false;
    }

    private int findByAnchor(byte[] buf, int from, int to) {
        byte a = (byte) anchors;
        byte b = (byte) (anchors >>> 8);
        long wa = Bytes.repeat(a);
        long wb = Bytes.repeat(b);
        int i = from;
        if (a == b) {
            // One anchor byte: half the work a word.
            for (; i + 8 <= to; i += 8) {
                long hits = Bytes.zeroBytes((long) Bytes.LONGS.get(buf, i) ^ wa);
                while (hits != 0) {
                    int start =
                            anchored(buf, i + (Long.numberOfTrailingZeros(hits) >>> 3), from, to);
                    if (start >= 0) {
                        return start;
                    }
                    hits &= hits - 1;
                }
            }
        }
        for (; i + 8 <= to; i += 8) {
            long word = (long) Bytes.LONGS.get(buf, i);
            long hits = Bytes.zeroBytes(word ^ wa) | Bytes.zeroBytes(word ^ wb);
            while (hits != 0) {
                int start = anchored(buf, i + (Long.numberOfTrailingZeros(hits) >>> 3), from, to);
                if (start >= 0) {
                    return start;
                }
                hits &= hits - 1;
            }
        }
        for (; i < to; i++) {
            if (buf[i] == a || buf[i] == b) {
                int start = anchored(buf, i, from, to);
                if (start >= 0) {
                    return start;
                }
            }
        }
        return -1;
    }

    private int anchored(byte[] buf, int p, int from, int to) {
        for (int k = 0; k < patterns.length; k++) {
            int start = p - anchorOffset[k];
            if (start >= from
                    && patterns[k][anchorOffset[k]] == buf[p]
                    && matches(buf, start, to, patterns[k])) {
                return start;
            }
        }
        return -1;
    }

    private boolean matches(byte[] buf, int start, int to, byte[] p) {
        if (start + p.length > to) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (fold[buf[start + k] & 0xff] != p[k]) {
                return false;
            }
        }
        return true;
    }
}
