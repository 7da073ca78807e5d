package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.quiz.engine.Attempt;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Draw the submit screen shown after the last question: what is answered, what is not. */
final class SubmitFrame {
    private final QuizFrame frame;

    SubmitFrame(QuizFrame frame) {
        this.frame = frame;
    }

    List<AttributedString> draw(FullScreen screen, Attempt attempt, List<QuestionState> states) {
        int w = screen.width();
        List<AttributedString> lines = new ArrayList<>();
        lines.add(frame.header(attempt, "Submit", w));
        lines.add(AttributedString.EMPTY);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).response() == null) {
                missing.add(String.valueOf(i + 1));
            }
        }
        lines.addAll(
                QuizFrame.wrap(
                        "Ready to submit? You answered "
                                + (states.size() - missing.size())
                                + " of "
                                + states.size()
                                + " questions.",
                        frame.theme().strong(),
                        w));
        if (!missing.isEmpty()) {
            lines.addAll(
                    QuizFrame.wrap(
                            "Not answered: " + String.join(", ", missing) + ". They score nothing.",
                            AttributedStyle.DEFAULT,
                            w));
        }
        lines.add(AttributedString.EMPTY);
        lines.add(new AttributedString("  Enter   submit and see the review"));
        lines.add(new AttributedString("  Left    back to the questions"));
        lines.add(new AttributedString("  Esc     leave (your answers are kept)"));
        return QuizFrame.fit(
                lines, screen.height(), frame.footer(" Enter submit   ← back   Esc leave", w));
    }
}
