package org.hygiene.lessons.logs;

/** Small string helpers for hot loops over log text. */
public final class Text {
    private Text() {}

    /** Find {@code lowerNeedle} (already lower-case) in {@code haystack}, ignoring ASCII case. */
    public static int indexOfIgnoreCase(CharSequence haystack, String lowerNeedle) {
        int n = lowerNeedle.length();
        if (n == 0) {
            return 0;
        }
        char first = lowerNeedle.charAt(0);
        int last = haystack.length() - n;
        outer:
        for (int i = 0; i <= last; i++) {
            if (lower(haystack.charAt(i)) != first) {
                continue;
            }
            for (int k = 1; k < n; k++) {
                if (lower(haystack.charAt(i + k)) != lowerNeedle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
