package org.hygiene.lessons.exercise.answer;

import org.hygiene.core.text.AnswerText;

/** Small text clean-ups every answer type starts with; the rule itself is core's AnswerText. */
final class Texts {
    private Texts() {}

    /** Unicode-normalise, trim, and drop surrounding quotes or backticks (straight or curly). */
    static String unwrap(String raw) {
        return AnswerText.unwrap(raw);
    }

    /** Collapse runs of white space to one space. */
    static String collapseSpaces(String s) {
        return AnswerText.collapseSpaces(s);
    }

    /** Shorten text for messages. */
    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
