package org.hygiene.lessons.regex;

import com.google.re2j.Pattern;

/**
 * Spot the patterns that RE2/J 1.8 cannot compile case-insensitively. Folding the case of U+1C80 to
 * U+1C88 (Cyrillic Extended-C, added in Unicode 9) never ends: RE2/J's own case tables predate
 * those letters while the JDK's case mapping knows them, so the fold orbit never returns to its
 * start (google/re2j#168, open). One learner typing {@code (?i)[\x{100}-\x{2000}]} in a hunt query
 * would spin a core for ever. A pattern that may fold case and names one of those letters, alone or
 * inside a class range, is refused before RE2/J sees it.
 */
final class CaseFoldHazard {
    static final int FIRST = 0x1C80;
    static final int LAST = 0x1C88;
    static final String WHY =
            "case-insensitive matching cannot include the letters U+1C80 to U+1C88 (Cyrillic"
                    + " Extended-C), on their own or in a range such as [\\x{100}-\\x{2000}]: the"
                    + " regular expression library never finishes folding their case; narrow the"
                    + " range or drop (?i)";

    private CaseFoldHazard() {}

    /**
     * Whether compiling {@code pattern} with {@code flags} would fold the case of those letters.
     */
    static boolean found(String pattern, int flags) {
        // Any group may switch case folding on, (?i) or (?i:...); when in doubt, look.
        boolean mayFold = (flags & Pattern.CASE_INSENSITIVE) != 0 || pattern.contains("(?");
        return mayFold && namesOne(pattern);
    }

    private static boolean namesOne(String p) {
        boolean inClass = false;
        int prev = -1; // the single rune just read inside a class, which a '-' makes a range start
        int i = 0;
        while (i < p.length()) {
            if (p.startsWith("\\Q", i)) {
                int end = p.indexOf("\\E", i + 2);
                end = end < 0 ? p.length() : end;
                if (p.substring(i + 2, end).codePoints().anyMatch(CaseFoldHazard::isOne)) {
                    return true;
                }
                i = Math.min(end + 2, p.length());
                prev = -1;
                continue;
            }
            char c = p.charAt(i);
            if (!inClass && c == '[') {
                inClass = true;
                prev = -1;
                i++;
                if (i < p.length() && p.charAt(i) == '^') {
                    i++;
                }
                if (i < p.length() && p.charAt(i) == ']') {
                    prev = ']'; // a leading ] is a literal
                    i++;
                }
                continue;
            }
            // A POSIX class such as [:alpha:]; without a closing :] the [ is a literal, as RE2
            // reads it, and the scan goes on.
            int posixEnd = inClass && p.startsWith("[:", i) ? p.indexOf(":]", i + 2) : -1;
            if (posixEnd >= 0) {
                i = posixEnd + 2;
                prev = -1;
                continue;
            }
            if (inClass && c == ']') {
                inClass = false;
                prev = -1;
                i++;
                continue;
            }
            if (inClass && c == '-' && prev >= 0 && i + 1 < p.length() && p.charAt(i + 1) != ']') {
                Atom hi = atom(p, i + 1);
                if (hi.rune() >= prev && prev <= LAST && hi.rune() >= FIRST) {
                    return true;
                }
                i = hi.end();
                prev = -1;
                continue;
            }
            Atom a = atom(p, i);
            if (isOne(a.rune())) {
                return true;
            }
            prev = inClass ? a.rune() : -1;
            i = a.end();
        }
        return false;
    }

    private static boolean isOne(int rune) {
        return rune >= FIRST && rune <= LAST;
    }

    /** One rune of a pattern; {@code rune} is -1 for an escape that is a class (\d, \pL). */
    private record Atom(int rune, int end) {}

    private static Atom atom(String p, int i) {
        int c = p.codePointAt(i);
        if (c != '\\' || i + 1 >= p.length()) {
            return new Atom(c, i + Character.charCount(c));
        }
        char n = p.charAt(i + 1);
        if (n == 'x') {
            return hex(p, i + 2);
        }
        if (n == 'p' || n == 'P') {
            int end = i + 2 < p.length() && p.charAt(i + 2) == '{' ? p.indexOf('}', i + 2) : i + 2;
            return new Atom(-1, end < 0 ? p.length() : Math.min(end + 1, p.length()));
        }
        if (n >= '0' && n <= '7') {
            return octal(p, i + 1);
        }
        int control = control(n);
        if (control >= 0) {
            return new Atom(control, i + 2);
        }
        if (n >= 0x80) {
            // RE2/J reads a backslash before a non-ASCII letter as that letter (U+1C80 folds too).
            int rune = p.codePointAt(i + 1);
            return new Atom(rune, i + 1 + Character.charCount(rune));
        }
        // \d, \w, \b and the like are classes or assertions; \. names the punctuation itself.
        return new Atom(Character.isLetterOrDigit(n) ? -1 : n, i + 2);
    }

    /**
     * The one-rune escapes: they name no letter of that block, but a range may start at one, as in
     * {@code [\t-\x{2000}]}.
     */
    private static int control(char n) {
        return switch (n) {
            case 'a' -> 7;
            case 'f' -> '\f';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'v' -> 11;
            default -> -1;
        };
    }

    /** Up to three octal digits, as RE2 reads {@code \0} to {@code \777}. */
    private static Atom octal(String p, int j) {
        int value = 0;
        int end = j;
        while (end < p.length() && end < j + 3 && p.charAt(end) >= '0' && p.charAt(end) <= '7') {
            value = value * 8 + (p.charAt(end) - '0');
            end++;
        }
        return new Atom(value, end);
    }

    private static Atom hex(String p, int j) {
        int start = j;
        int end;
        if (j < p.length() && p.charAt(j) == '{') {
            start = j + 1;
            end = p.indexOf('}', start);
            if (end < 0) {
                return new Atom(-1, p.length());
            }
        } else {
            end = Math.min(j + 2, p.length());
        }
        // Leading zeros are allowed in braces: \x{0001C80} is U+1C80.
        while (start + 1 < end && p.charAt(start) == '0') {
            start++;
        }
        String digits = p.substring(start, end);
        int next = p.startsWith("{", j) ? end + 1 : end;
        try {
            return new Atom(digits.length() <= 6 ? Integer.parseInt(digits, 16) : -1, next);
        } catch (NumberFormatException e) {
            return new Atom(-1, next);
        }
    }
}
