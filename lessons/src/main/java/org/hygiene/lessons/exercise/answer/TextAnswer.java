package org.hygiene.lessons.exercise.answer;

import java.util.Locale;
import org.hygiene.core.text.AnswerText;

/**
 * Free text, compared by the rule of {@link AnswerText} (quotes, a final full stop and spacing do
 * not matter), without regard to case unless asked.
 */
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
        String s = AnswerText.normalise(raw);
        if (s.isEmpty()) {
            return Normalized.bad("The answer is empty.");
        }
        return Normalized.ok(caseSensitive ? s : s.toLowerCase(Locale.ROOT));
    }
}
