package org.hygiene.core.markdown.highlight;

import java.util.Set;

/**
 * Colour log lines (IIS W3C, Exchange CSV logs, event text): {@code #} header lines as comments,
 * dates and times, IP addresses, HTTP methods and status codes, quoted strings.
 */
final class LogHighlighter implements Highlighter {
    private static final Set<String> METHODS =
            Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "PROPFIND");

    @Override
    public HighlightKind[] classify(String code) {
        Scanner sc = new Scanner(code);
        boolean lineStart = true;
        while (sc.more()) {
            char c = sc.peek();
            if (lineStart && c == '#') {
                sc.toLineEnd(HighlightKind.COMMENT);
                continue;
            }
            lineStart = c == '\n';
            if (c == '"') {
                sc.quoted('"', '\0', HighlightKind.STRING);
            } else if (Character.isDigit(c) && !letterBefore(sc)) {
                int start = sc.pos;
                while (sc.more()
                        && (Character.isDigit(sc.peek()) || ".:-TZ".indexOf(sc.peek()) >= 0)) {
                    sc.pos++;
                }
                String token = code.substring(start, sc.pos);
                if (sc.more() && Character.isLetter(sc.peek())) {
                    sc.word("");
                    continue;
                }
                sc.mark(start, sc.pos, kindOf(token));
            } else if (Character.isLetter(c)) {
                int start = sc.pos;
                String word = sc.word("");
                if (METHODS.contains(word)) {
                    sc.mark(start, sc.pos, HighlightKind.KEYWORD);
                }
            } else {
                sc.pos++;
            }
        }
        return sc.kinds;
    }

    private static boolean letterBefore(Scanner sc) {
        return sc.pos > 0
                && (Character.isLetter(sc.s.charAt(sc.pos - 1)) || sc.s.charAt(sc.pos - 1) == '_');
    }

    private static HighlightKind kindOf(String token) {
        int dots = 0;
        int colons = 0;
        int dashes = 0;
        for (int i = 0; i < token.length(); i++) {
            switch (token.charAt(i)) {
                case '.' -> dots++;
                case ':' -> colons++;
                case '-' -> dashes++;
                default -> {}
            }
        }
        if (dots == 3 && colons == 0 && dashes == 0) {
            return HighlightKind.VARIABLE; // an IPv4 address
        }
        if (dashes >= 2 || colons >= 2) {
            return HighlightKind.FUNCTION; // a date or a time
        }
        return HighlightKind.NUMBER;
    }
}
