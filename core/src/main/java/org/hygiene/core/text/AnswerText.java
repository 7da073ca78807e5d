package org.hygiene.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalise a learner's typed answer, the same way in quizzes and in exercises, so one answer is
 * never right in one and wrong in the other. The rule:
 *
 * <ol>
 *   <li>Unicode compatibility form (NFKC), so full-width and ligature letters count as plain ones;
 *   <li>surrounding white space, and surrounding pairs of quotes or backticks, straight or curly
 *       ({@code "x"}, {@code 'x'}, {@code `x`}, {@code “x”}, {@code ‘x’}), do not matter;
 *   <li>a final full stop does not matter, inside or outside the quotes ({@code Hafnium.}); the
 *       dots of an ellipsis ({@code ..}, {@code ...}) are text and stay;
 *   <li>runs of white space count as one space.
 * </ol>
 *
 * Case is the caller's choice: quizzes ignore it, an exercise may ask for it. A normalised answer
 * normalises to itself, so an answer key and a learner's answer meet in one canonical form.
 */
public final class AnswerText {
    private AnswerText() {}

    /** Apply the whole rule above, keeping case. */
    public static String normalise(String typed) {
        // Unwrap and drop the stop until nothing changes: the stop may be inside or outside the
        // quotes ('x.'.), and stopping after one round left forms that a second round changed.
        String s = unwrap(typed);
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = unwrap(withoutFinalFullStop(s));
        }
        return collapseSpaces(s);
    }

    /**
     * The rule above with case ignored (lower case). Lower-casing can make a pair that Unicode
     * normalisation composes (capital J with a caron has no single character, small j with one has:
     * found by fuzzing), so the two alternate until nothing changes; a few rounds settle every
     * case, and the bound keeps a hostile answer from looping.
     */
    public static String normaliseIgnoringCase(String typed) {
        String s = normalise(typed).toLowerCase(Locale.ROOT);
        for (int round = 0; round < 4; round++) {
            String next = normalise(s).toLowerCase(Locale.ROOT);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    /** Unicode-normalise, trim, and drop surrounding pairs of quotes or backticks. */
    public static String unwrap(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        while (s.length() >= 2 && pair(s.charAt(0), s.charAt(s.length() - 1))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Collapse runs of white space (including non-breaking spaces) to one space. */
    public static String collapseSpaces(String s) {
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

    /** Drop a final full stop, but not the last dot of an ellipsis, which would expose another. */
    private static String withoutFinalFullStop(String s) {
        if (!s.endsWith(".")) {
            return s;
        }
        String rest = s.substring(0, s.length() - 1).strip();
        return rest.endsWith(".") ? s : rest;
    }

    private static boolean pair(char a, char b) {
        return (a == '"' && b == '"')
                || (a == '\'' && b == '\'')
                || (a == '`' && b == '`')
                || (a == '\u201c' && b == '\u201d')
                || (a == '\u2018' && b == '\u2019');
    }
}
