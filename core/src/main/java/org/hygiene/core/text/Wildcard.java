package org.hygiene.core.text;

import java.util.Locale;

/**
 * A wildcard pattern matched against a whole value: {@code *} is any run of characters and, in
 * PowerShell's {@code -like}, {@code ?} any one character. The one wildcard matcher: the compromise
 * checks state Test-ProxyLogon's conditions with it, and the hunt language selects columns by it
 * ({@code project-away Cs*}). Linear in practice: greedy, backtracking only to the last star, so a
 * hostile value cannot make it slow.
 */
public final class Wildcard {
    private final String pattern;
    private final boolean ignoreCase;
    private final boolean questionMark;

    private Wildcard(String pattern, boolean ignoreCase, boolean questionMark) {
        this.pattern = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
        this.ignoreCase = ignoreCase;
        this.questionMark = questionMark;
    }

    /** PowerShell's {@code -like}: case-insensitive; {@code *} any run, {@code ?} any character. */
    public static Wildcard like(String pattern) {
        return new Wildcard(pattern, true, true);
    }

    /** KQL's column wildcards: case-sensitive; only {@code *} is special. */
    public static Wildcard stars(String pattern) {
        return new Wildcard(pattern, false, false);
    }

    /** Whether {@code value} matches as a whole; null never matches. */
    public boolean matches(String value) {
        if (value == null) {
            return false;
        }
        String v = ignoreCase ? value.toLowerCase(Locale.ROOT) : value;
        int p = 0;
        int i = 0;
        int star = -1;
        int mark = 0;
        while (i < v.length()) {
            char c = p < pattern.length() ? pattern.charAt(p) : 0;
            if (p < pattern.length()
                    && c != '*'
                    && (c == v.charAt(i) || questionMark && c == '?')) {
                p++;
                i++;
            } else if (p < pattern.length() && c == '*') {
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
