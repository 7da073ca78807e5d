package org.hygiene.quiz.engine;

import org.hygiene.core.text.AnswerText;

/**
 * Judge typed text answers by the rule exercises use ({@link AnswerText}), ignoring case. Authors'
 * accepted answers may carry Markdown backticks, which do not count either.
 */
public final class TextAnswers {
    private TextAnswers() {}

    public static String normalise(String text) {
        return AnswerText.normaliseIgnoringCase(text);
    }

    public static boolean matches(String typed, String accepted) {
        return normalise(typed).equals(normalise(accepted.replace("`", "")));
    }
}
