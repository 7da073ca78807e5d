package org.hygiene.core.markdown.highlight;

/** Colour JSON: keys, strings, numbers, literals, punctuation; tolerant of invalid JSON. */
final class JsonHighlighter implements Highlighter {
    @Override
    public HighlightKind[] classify(String code) {
        Scanner sc = new Scanner(code);
        while (sc.more()) {
            char c = sc.peek();
            if (c == '"') {
                int start = sc.pos;
                sc.quoted('"', '\\', HighlightKind.STRING);
                int after = sc.pos;
                while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
                    after++;
                }
                if (after < code.length() && code.charAt(after) == ':') {
                    sc.mark(start, sc.pos, HighlightKind.ATTRIBUTE);
                }
            } else if (c == '-' || Character.isDigit(c)) {
                int start = sc.pos++;
                sc.number();
                sc.mark(start, sc.pos, HighlightKind.NUMBER);
            } else if (sc.at("//")) {
                sc.toLineEnd(HighlightKind.COMMENT);
            } else if (Character.isLetter(c)) {
                int start = sc.pos;
                String word = sc.word("");
                if (word.equals("true") || word.equals("false") || word.equals("null")) {
                    sc.mark(start, sc.pos, HighlightKind.KEYWORD);
                }
            } else {
                if ("{}[],:".indexOf(c) >= 0) {
                    sc.mark(sc.pos, sc.pos + 1, HighlightKind.PUNCTUATION);
                }
                sc.pos++;
            }
        }
        return sc.kinds;
    }
}
