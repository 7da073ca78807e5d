package org.hygiene.lessons.regex;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Estimate how many instructions a pattern compiles to, before compiling it. RE2/J expands counted
 * repetitions, so {@code ((a{1,1000}){1,1000}){1,1000}} is 30 characters but a billion
 * instructions: compiling it alone exhausts the heap. The estimate multiplies nested counts as the
 * compiler will, so such a pattern is refused in microseconds.
 */
final class RegexExpansion {
    /** Estimates saturate here, far above any limit, so no multiplication overflows. */
    private static final long CAP = 1L << 40;

    private RegexExpansion() {}

    /** About the number of instructions RE2/J will compile {@code pattern} to. */
    static long estimate(String pattern) {
        Deque<long[]> groups = new ArrayDeque<>();
        // Per group: [0] finished alternatives, [1] current sequence, [2] the last atom's size.
        long[] g = new long[3];
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i = skipEscape(pattern, i, g);
                continue;
            }
            if (c == '[') {
                i = skipClass(pattern, i);
                atom(g, 1);
                continue;
            }
            if (c == '(') {
                if (pattern.startsWith("(?", i)) {
                    int close = indexOfAny(pattern, i + 2, ":)>");
                    if (close < 0) {
                        return g[0] + g[1];
                    }
                    if (pattern.charAt(close) == ')') {
                        i = close + 1; // flags only, such as (?i): no group
                        continue;
                    }
                    i = close + 1;
                } else {
                    i++;
                }
                groups.push(g);
                g = new long[3];
                continue;
            }
            if (c == ')') {
                long size = sat(g[0] + g[1] + 2);
                g = groups.isEmpty() ? new long[3] : groups.pop();
                atom(g, size);
                i++;
                continue;
            }
            if (c == '|') {
                g[0] = sat(g[0] + g[1] + 1);
                g[1] = 0;
                g[2] = 0;
                i++;
                continue;
            }
            if (c == '*' || c == '+' || c == '?') {
                repeat(g, g[2] + 1);
                i = lazy(pattern, i + 1);
                continue;
            }
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                long times = close < 0 ? -1 : repeatCount(pattern.substring(i + 1, close));
                if (times >= 0) {
                    repeat(g, sat(times(g[2], Math.max(1, times)) + times));
                    i = lazy(pattern, close + 1);
                    continue;
                }
            }
            atom(g, 1);
            i++;
        }
        while (!groups.isEmpty()) {
            long size = sat(g[0] + g[1] + 2);
            g = groups.pop();
            atom(g, size);
        }
        return sat(g[0] + g[1]);
    }

    private static void atom(long[] g, long size) {
        g[1] = sat(g[1] + size);
        g[2] = size;
    }

    /** Replace the last atom by its repeated form. */
    private static void repeat(long[] g, long newSize) {
        g[1] = sat(g[1] - g[2] + newSize);
        g[2] = newSize;
    }

    private static int lazy(String p, int i) {
        return i < p.length() && p.charAt(i) == '?' ? i + 1 : i;
    }

    /** The largest count of {@code n}, {@code n,} or {@code n,m}; -1 when not a repetition. */
    private static long repeatCount(String inside) {
        int comma = inside.indexOf(',');
        String low = comma < 0 ? inside : inside.substring(0, comma);
        String high = comma < 0 ? "" : inside.substring(comma + 1);
        if (!digits(low) || (!high.isEmpty() && !digits(high))) {
            return -1;
        }
        long lo = parse(low);
        if (comma < 0) {
            return lo;
        }
        return high.isEmpty() ? lo + 1 : Math.max(lo, parse(high));
    }

    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static long parse(String s) {
        return Long.parseLong(s);
    }

    private static int skipEscape(String p, int i, long[] g) {
        if (i + 1 >= p.length()) {
            atom(g, 1);
            return i + 1;
        }
        char e = p.charAt(i + 1);
        if (e == 'Q') {
            int end = p.indexOf("\\E", i + 2);
            int stop = end < 0 ? p.length() : end;
            atom(g, Math.max(1, stop - (i + 2)));
            return end < 0 ? p.length() : end + 2;
        }
        int next = i + 2;
        if ((e == 'p' || e == 'P' || e == 'x') && next < p.length() && p.charAt(next) == '{') {
            int close = p.indexOf('}', next);
            next = close < 0 ? p.length() : close + 1;
        } else if (e == 'p' || e == 'P') {
            next = Math.min(p.length(), next + 1);
        }
        atom(g, 1);
        return next;
    }

    private static int skipClass(String p, int i) {
        int k = i + 1;
        if (k < p.length() && p.charAt(k) == '^') {
            k++;
        }
        if (k < p.length() && p.charAt(k) == ']') {
            k++;
        }
        while (k < p.length() && p.charAt(k) != ']') {
            if (p.charAt(k) == '\\') {
                k += 2;
            } else if (p.startsWith("[:", k)) {
                int close = p.indexOf(":]", k + 2);
                k = close < 0 ? k + 1 : close + 2;
            } else {
                k++;
            }
        }
        return Math.min(p.length(), k + 1);
    }

    private static int indexOfAny(String p, int from, String chars) {
        for (int k = from; k < p.length(); k++) {
            if (chars.indexOf(p.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static long times(long a, long b) {
        return a != 0 && b > CAP / a ? CAP : a * b;
    }

    private static long sat(long v) {
        return v < 0 || v > CAP ? CAP : v;
    }
}
