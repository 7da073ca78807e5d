package org.hygiene.lessons.exercise.answer;

import java.util.Locale;

/** Free text, compared without regard to case (unless asked) or spacing. */
public record TextAnswer(boolean caseSensitive) implements AnswerType {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String form() {
        return caseSensitive
                ? "text (capitals count)"
                : "text (capitals and spacing do not matter)";
    }

    @Override
    public Normalized normalize(String raw) {
        String s = Texts.collapseSpaces(Texts.unwrap(raw));
        if (s.isEmpty()) {
            return Normalized.bad("The answer is empty.");
        }
        return Normalized.ok(caseSensitive ? s : s.toLowerCase(Locale.ROOT));
    }
}
