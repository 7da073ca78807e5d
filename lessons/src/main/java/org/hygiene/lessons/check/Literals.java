package org.hygiene.lessons.check;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A set of ASCII literals searched in raw bytes, ignoring ASCII case: the pre-filter that lets a
 * check skip almost every byte of a log without decoding it, as {@code Select-String -Quiet} does
 * for Test-ProxyLogon. A multi-pattern Horspool search: the window is the shortest literal, so a
 * long literal such as {@code ServerInfo~} skips up to eleven bytes at a time.
 */
final class Literals {
    private final byte[][] patterns;
    private final int window;
    private final int[] shift = new int[256];
    private final boolean[] last = new boolean[256];
    private final byte[] fold = new byte[256];

    private Literals(List<String> literals) {
        if (literals.isEmpty()) {
            throw new IllegalArgumentException("no literal");
        }
        patterns = new byte[literals.size()][];
        int m = Integer.MAX_VALUE;
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = literals.get(i).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
            m = Math.min(m, patterns[i].length);
        }
        if (m == 0) {
            throw new IllegalArgumentException("empty literal");
        }
        window = m;
        for (int b = 0; b < 256; b++) {
            fold[b] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
        Arrays.fill(shift, m);
        for (byte[] p : patterns) {
            for (int j = 0; j < m - 1; j++) {
                setShift(p[j] & 0xff, m - 1 - j);
            }
            setLast(p[m - 1] & 0xff);
        }
    }

    static Literals of(String... literals) {
        return new Literals(List.of(literals));
    }

    static Literals of(List<String> literals) {
        return new Literals(literals);
    }

    private void setShift(int b, int s) {
        shift[b] = Math.min(shift[b], s);
        if (b >= 'a' && b <= 'z') {
            shift[b - 32] = Math.min(shift[b - 32], s);
        }
    }

    private void setLast(int b) {
        last[b] = true;
        if (b >= 'a' && b <= 'z') {
            last[b - 32] = true;
        }
    }

    /** The start of the first literal found in {@code buf[from, to)}, or -1. */
    int find(byte[] buf, int from, int to) {
        int m = window;
        int i = from + m - 1;
        while (i < to) {
            int b = buf[i] & 0xff;
            if (last[b]) {
                int start = i - m + 1;
                for (byte[] p : patterns) {
                    if (matches(buf, start, to, p)) {
                        return start;
                    }
                }
            }
            i += shift[b];
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
