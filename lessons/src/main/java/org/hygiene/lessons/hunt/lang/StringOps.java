package org.hygiene.lessons.hunt.lang;

/**
 * The KQL string predicates. Case-insensitive forms fold ASCII letters only, as Kusto does; {@code
 * has} matches whole terms, a term being a maximal run of letters and digits.
 */
final class StringOps {
    private StringOps() {}

    static boolean test(String op, String haystack, String needle) {
        String h = haystack == null ? "" : haystack;
        String n = needle == null ? "" : needle;
        return switch (op) {
            case "contains" -> indexOf(h, n, 0, false) >= 0;
            case "contains_cs" -> h.contains(n);
            case "startswith" -> asciiEqual(h, 0, n, false);
            case "startswith_cs" -> h.startsWith(n);
            case "endswith" ->
                    h.length() >= n.length() && asciiEqual(h, h.length() - n.length(), n, false);
            case "endswith_cs" -> h.endsWith(n);
            case "has" -> has(h, n, false, true, true);
            case "has_cs" -> has(h, n, true, true, true);
            case "hasprefix" -> has(h, n, false, true, false);
            case "hassuffix" -> has(h, n, false, false, true);
            case "=~" -> h.length() == n.length() && asciiEqual(h, 0, n, false);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /**
     * Whether {@code n} occurs in {@code h} at {@code at}, folding ASCII case unless {@code cs}.
     */
    static boolean asciiEqual(String h, int at, String n, boolean cs) {
        if (at < 0 || at + n.length() > h.length()) {
            return false;
        }
        for (int k = 0; k < n.length(); k++) {
            char a = h.charAt(at + k);
            char b = n.charAt(k);
            if (a != b && (cs || fold(a) != fold(b))) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(String h, String n, int from, boolean cs) {
        for (int i = from; i + n.length() <= h.length(); i++) {
            if (asciiEqual(h, i, n, cs)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean has(
            String h, String n, boolean cs, boolean boundaryBefore, boolean boundaryAfter) {
        if (n.isEmpty()) {
            return true;
        }
        boolean checkBefore = boundaryBefore && isTermChar(n.charAt(0));
        boolean checkAfter = boundaryAfter && isTermChar(n.charAt(n.length() - 1));
        for (int i = indexOf(h, n, 0, cs); i >= 0; i = indexOf(h, n, i + 1, cs)) {
            boolean before = !checkBefore || i == 0 || !isTermChar(h.charAt(i - 1));
            int end = i + n.length();
            boolean after = !checkAfter || end == h.length() || !isTermChar(h.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    static boolean isTermChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static String lower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }
}
