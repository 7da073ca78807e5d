package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hygiene.core.course.Unit;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;

/**
 * A quiz for handouts: every question of the bank with its options, none marked and ordering items
 * in alphabetical order (their written order is the answer); and the trainer's key apart.
 */
final class QuizHandout {
    private QuizHandout() {}

    static String markdown(Unit unit) {
        Quiz quiz = QuizLoader.load(unit);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(quiz.title()).append("\n\n");
        if (!quiz.intro().isBlank()) {
            md.append(quiz.intro().strip()).append("\n\n");
        }
        md.append(quiz.questions().size()).append(" questions");
        if (quiz.questionsPerAttempt() < quiz.questions().size()) {
            md.append(", of which an attempt draws ").append(quiz.questionsPerAttempt());
        }
        md.append(". Take it in Hygiene: `hygiene quiz ").append(unit.id()).append("`.\n\n");
        List<Question> questions = quiz.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            heading(md, i + 1, q);
            md.append('*').append(instruction(q)).append("*\n\n");
            if (q.type().isChoice() || q.type() == QuestionType.ORDER) {
                List<Option> shown = new ArrayList<>(q.options());
                if (q.type() == QuestionType.ORDER) {
                    shown.sort(Comparator.comparing(Option::text));
                }
                for (int o = 0; o < shown.size(); o++) {
                    md.append("- ")
                            .append((char) ('a' + Math.min(o, 25)))
                            .append(") ")
                            .append(oneLine(shown.get(o).text()))
                            .append('\n');
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    static String answerKey(Unit unit) {
        Quiz quiz = QuizLoader.load(unit);
        StringBuilder md = new StringBuilder();
        List<Question> questions = quiz.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            md.append("### ")
                    .append(i + 1)
                    .append(". ")
                    .append(oneLine(q.heading()))
                    .append("\n\n");
            if (q.type() == QuestionType.ORDER) {
                md.append("**Order:**\n\n");
                for (int o = 0; o < q.options().size(); o++) {
                    md.append(o + 1)
                            .append(". ")
                            .append(oneLine(q.options().get(o).text()))
                            .append('\n');
                }
                md.append('\n');
            } else if (q.type().isChoice()) {
                for (Option o : q.options()) {
                    md.append("- ")
                            .append(o.correct() ? "**[right]** " : "[wrong] ")
                            .append(oneLine(o.text()));
                    if (!o.feedback().isBlank()) {
                        md.append(" (feedback: ").append(oneLine(o.feedback())).append(')');
                    }
                    md.append('\n');
                }
                md.append('\n');
            } else {
                md.append("**Accepted:** ");
                List<String> accepted = new ArrayList<>();
                for (Option o : q.options()) {
                    if (o.correct() && !o.isCatchAll()) {
                        accepted.add("`" + o.text().replace("`", "'") + "`");
                    }
                }
                md.append(String.join(", ", accepted)).append("\n\n");
            }
            if (!q.explanation().isBlank()) {
                md.append("**Explanation:** ").append(q.explanation().strip()).append("\n\n");
            }
        }
        return md.toString();
    }

    private static void heading(StringBuilder md, int number, Question q) {
        md.append("## ").append(number).append(". ").append(oneLine(q.heading())).append("\n\n");
        if (!q.body().isBlank()) {
            md.append(q.body().strip()).append("\n\n");
        }
    }

    private static String instruction(Question q) {
        return switch (q.type()) {
            case SINGLE -> "Choose one.";
            case MULTIPLE -> "Choose every right option.";
            case TRUE_FALSE -> "True or false?";
            case TEXT -> "Write the answer.";
            case NUMBER -> "Write a number.";
            case ORDER -> "Put these in order.";
        };
    }

    private static String oneLine(String markdown) {
        return markdown.strip().replace('\n', ' ');
    }
}
