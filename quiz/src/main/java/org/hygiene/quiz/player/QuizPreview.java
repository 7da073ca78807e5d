package org.hygiene.quiz.player;

import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;

/**
 * A quiz as Markdown for {@code hygiene preview}: every question in file order with its key visible
 * (the right options marked), hints, feedback and explanation, so an author checks the whole quiz
 * without taking, and using up, the graded attempt.
 */
final class QuizPreview {
    private QuizPreview() {}

    static String markdown(Quiz quiz) {
        StringBuilder s = new StringBuilder();
        s.append("*").append(quiz.questions().size()).append(" questions");
        if (quiz.questionsPerAttempt() < quiz.questions().size()) {
            s.append(", ").append(quiz.questionsPerAttempt()).append(" drawn per attempt");
        }
        s.append(", pass mark ")
                .append(Math.round(quiz.settings().passPercent()))
                .append("%. Right options are marked ✓.*\n\n");
        if (!quiz.intro().isBlank()) {
            s.append(quiz.intro().strip()).append("\n\n");
        }
        int n = 1;
        for (Question q : quiz.questions()) {
            s.append("## ").append(n++).append(". ").append(q.heading()).append("\n\n");
            s.append("*")
                    .append(q.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .append(", ")
                    .append(q.points())
                    .append(q.points() == 1 ? " point" : " points")
                    .append(", id `")
                    .append(q.id())
                    .append("`*\n\n");
            if (!q.body().isBlank()) {
                s.append(q.body().strip()).append("\n\n");
            }
            int k = 1;
            for (Option o : q.options()) {
                if (q.type() == QuestionType.ORDER) {
                    s.append(k++).append(". ").append(o.text());
                } else {
                    s.append("- ").append(o.correct() ? "✓ **" + o.text() + "**" : "✗ " + o.text());
                }
                s.append('\n');
                if (!o.feedback().isBlank()) {
                    s.append("\n    > ").append(o.feedback().strip().replace("\n", "\n    > "));
                    s.append("\n\n");
                }
            }
            s.append('\n');
            if (!q.hint().isBlank()) {
                s.append("> [!TIP]\n> ")
                        .append(q.hint().strip().replace("\n", "\n> "))
                        .append("\n\n");
            }
            if (!q.explanation().isBlank()) {
                s.append("**Explanation:** ").append(q.explanation().strip()).append("\n\n");
            }
        }
        return s.toString();
    }
}
