package org.hygiene.lessons.hunt.shell;

/**
 * Walk the text of a query the shell is holding, skipping string literals and {@code //} comments,
 * so that Enter's decisions (an open parenthesis, the {@code ;} that ends a statement) see only
 * code. A backslash escapes the next character in a string, except in a verbatim {@code @"..."}
 * string. Unclosed strings and comments simply run to the end: the text is still being typed.
 */
final class QueryScanner {
    /** Told about each character of code, in order. */
    interface Visitor {
        void code(int index, char c);
    }

    private QueryScanner() {}

    static void scan(String s, Visitor visitor) {
        char quote = 0;
        boolean verbatim = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && !verbatim) {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                verbatim = i > 0 && s.charAt(i - 1) == '@';
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                int nl = s.indexOf('\n', i);
                if (nl < 0) {
                    return;
                }
                i = nl - 1; // the line break itself is code
            } else {
                visitor.code(i, c);
            }
        }
    }
}
