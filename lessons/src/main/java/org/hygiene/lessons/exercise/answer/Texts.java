package org.hygiene.lessons.exercise.answer;

import java.text.Normalizer;

/** Small text clean-ups every answer type starts with. */
final class Texts {
    private Texts() {}

    /** Unicode-normalise, trim, and drop one pair of surrounding quotes or backticks. */
    static String unwrap(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        while (s.length() >= 2) {
            char a = s.charAt(0);
            char b = s.charAt(s.length() - 1);
            boolean pair =
                    (a == '"' && b == '"')
                            || (a == '\'' && b == '\'')
                            || (a == '`' && b == '`')
                            || (a == '\u201c' && b == '\u201d')
                            || (a == '\u2018' && b == '\u2019');
            if (!pair) {
                break;
            }
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Collapse runs of white space to one space. */
    static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Shorten text for messages. */
    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
