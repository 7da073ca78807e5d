package org.hygiene.core.markdown.highlight;

/**
 * Colour CSV so columns can be told apart: fields cycle through four kinds, separators are
 * punctuation, and the first line (the header) is a keyword line. Quoted fields may hold commas.
 */
final class CsvHighlighter implements Highlighter {
    private static final HighlightKind[] CYCLE = {
        HighlightKind.PLAIN, HighlightKind.STRING, HighlightKind.FUNCTION, HighlightKind.VARIABLE
    };

    @Override
    public HighlightKind[] classify(String code) {
        Scanner sc = new Scanner(code);
        int line = 0;
        int field = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= code.length(); i++) {
            char c = i < code.length() ? code.charAt(i) : '\n';
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == ',' || c == '\n') && !quoted || i == code.length()) {
                sc.mark(start, i, line == 0 ? HighlightKind.KEYWORD : CYCLE[field % CYCLE.length]);
                if (c == ',') {
                    sc.mark(i, i + 1, HighlightKind.PUNCTUATION);
                    field++;
                } else {
                    line++;
                    field = 0;
                    quoted = false;
                }
                start = i + 1;
            }
        }
        return sc.kinds;
    }
}
