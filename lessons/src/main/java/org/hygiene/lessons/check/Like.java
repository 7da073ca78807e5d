package org.hygiene.lessons.check;

/**
 * PowerShell's {@code -like}: a case-insensitive match of the whole value against a pattern in
 * which {@code *} is any run of characters and {@code ?} any one character. Test-ProxyLogon states
 * its conditions this way, so the checks use the same operator to give the same verdicts.
 */
final class Like {
    private final String pattern;

    private Like(String pattern) {
        this.pattern = pattern.toLowerCase(java.util.Locale.ROOT);
    }

    static Like of(String pattern) {
        return new Like(pattern);
    }

    /**
     * Whether {@code value} matches; null never matches. Linear in practice: greedy with backtrack
     * to the last star.
     */
    boolean matches(String value) {
        if (value == null) {
            return false;
        }
        String v = value.toLowerCase(java.util.Locale.ROOT);
        int p = 0;
        int i = 0;
        int star = -1;
        int mark = 0;
        while (i < v.length()) {
            if (p < pattern.length()
                    && (pattern.charAt(p) == '?' || pattern.charAt(p) == v.charAt(i))) {
                p++;
                i++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = i;
            } else if (star >= 0) {
                p = star + 1;
                i = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
