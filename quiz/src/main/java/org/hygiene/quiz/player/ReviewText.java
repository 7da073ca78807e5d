package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.hygiene.quiz.engine.AnswerInput;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Mark;
import org.hygiene.quiz.engine.Paper;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The review after submitting: the score, then each question with the answers and explanation. */
final class ReviewText {
    private ReviewText() {}

    static String summary(Attempt attempt, Grade grade) {
        return String.format(
                Locale.ROOT,
                "Score %s/%s (%.0f%%): %s (pass mark %s%%)",
                Grade.format(grade.points()),
                Grade.format(grade.maxPoints()),
                grade.percent(),
                grade.passed() ? "passed" : "not passed",
                Grade.format(attempt.paper().quiz().settings().passPercent()));
    }

    static List<AttributedString> render(
            Attempt attempt, Grade grade, String note, Theme theme, int width) {
        List<AttributedString> out = new ArrayList<>();
        out.add(
                new AttributedString(
                        Sanitizer.clean(attempt.paper().quiz().title()) + ": your result",
                        theme.heading()));
        out.add(AttributedString.EMPTY);
        out.add(new AttributedString(summary(attempt, grade), theme.strong()));
        out.addAll(
                wrap(
                        attempt.kind() == Attempt.Kind.GRADED
                                ? "This was a graded attempt: its score goes to your progress."
                                : "This was a practice retake: it does not change your grade.",
                        AttributedStyle.DEFAULT,
                        width));
        if (!note.isEmpty()) {
            out.addAll(wrap(note, theme.strong(), width));
        }
        List<Paper.Item> items = attempt.paper().items();
        for (int i = 0; i < items.size(); i++) {
            Paper.Item item = items.get(i);
            Mark m = grade.marks().get(i);
            out.add(AttributedString.EMPTY);
            out.add(new AttributedString("-".repeat(Math.min(width, 40)), theme.faint()));
            out.add(
                    new AttributedString(
                            String.format(
                                    Locale.ROOT,
                                    "%d. %s, %s of %d point%s",
                                    i + 1,
                                    m.correctness().label(),
                                    Grade.format(m.points()),
                                    m.maxPoints(),
                                    m.maxPoints() == 1 ? "" : "s"),
                            m.correctness() == Mark.Correctness.CORRECT
                                    ? theme.strong()
                                    : theme.subheading()));
            out.addAll(QuestionText.stem(item.question(), theme, width));
            if (QuestionText.hasOptionsShown(item.question())) {
                for (int s = 0; s < item.order().size(); s++) {
                    out.addAll(
                            QuestionText.option(
                                    item, s, "", AttributedStyle.DEFAULT, theme, width));
                }
            }
            String response =
                    AnswerInput.describe(item, attempt.responses().get(item.question().id()));
            out.addAll(wrap("Your answer: " + Sanitizer.clean(response), theme.strong(), width));
            out.addAll(
                    wrap(
                            "Correct answer: " + AnswerInput.correct(item),
                            AttributedStyle.DEFAULT,
                            width));
            TerminalMarkdown md = new TerminalMarkdown(theme, width);
            for (String f : m.feedback()) {
                out.addAll(md.render("*Feedback:* " + f));
            }
            if (!item.question().explanation().isBlank()) {
                out.addAll(md.render("*Explanation:* " + item.question().explanation()));
            }
        }
        return out;
    }

    private static List<AttributedString> wrap(String text, AttributedStyle style, int width) {
        return Wrap.words(new AttributedString(text, style), width);
    }
}
