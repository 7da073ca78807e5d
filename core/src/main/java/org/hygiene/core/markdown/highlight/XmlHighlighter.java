package org.hygiene.core.markdown.highlight;

/** Colour XML (and HTML): tags, attribute names and values, comments, CDATA, entities. */
final class XmlHighlighter implements Highlighter {
    @Override
    public HighlightKind[] classify(String code) {
        Scanner sc = new Scanner(code);
        while (sc.more()) {
            char c = sc.peek();
            if (sc.at("<!--")) {
                sc.until("-->", HighlightKind.COMMENT);
            } else if (sc.at("<![CDATA[")) {
                sc.until("]]>", HighlightKind.STRING);
            } else if (c == '<') {
                tag(sc);
            } else if (c == '&') {
                int start = sc.pos++;
                sc.word("#");
                if (sc.more() && sc.peek() == ';') {
                    sc.pos++;
                    sc.mark(start, sc.pos, HighlightKind.NUMBER);
                }
            } else {
                sc.pos++;
            }
        }
        return sc.kinds;
    }

    private static void tag(Scanner sc) {
        int start = sc.pos++;
        while (sc.more() && "/?!".indexOf(sc.peek()) >= 0) {
            sc.pos++;
        }
        sc.mark(start, sc.pos, HighlightKind.PUNCTUATION);
        int nameStart = sc.pos;
        sc.word(":-.");
        sc.mark(nameStart, sc.pos, HighlightKind.KEYWORD);
        while (sc.more() && sc.peek() != '>' && sc.peek() != '<') {
            char c = sc.peek();
            if (c == '"' || c == '\'') {
                sc.quoted(c, '\0', HighlightKind.STRING);
            } else if (Scanner.wordStart(c)) {
                int a = sc.pos;
                sc.word(":-.");
                sc.mark(a, sc.pos, HighlightKind.ATTRIBUTE);
            } else {
                if ("=/?".indexOf(c) >= 0) {
                    sc.mark(sc.pos, sc.pos + 1, HighlightKind.PUNCTUATION);
                }
                sc.pos++;
            }
        }
        if (sc.more() && sc.peek() == '>') {
            sc.mark(sc.pos, sc.pos + 1, HighlightKind.PUNCTUATION);
            sc.pos++;
        }
    }
}
