package org.hygiene.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hygiene.quiz.model.NumberSpec;
import org.hygiene.quiz.model.NumberText;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.OptionWeights;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;
import org.hygiene.quiz.model.QuizSettings;
import org.hygiene.quiz.model.Scoring;

/**
 * Write a quiz in Moodle's GIFT format. Question text is Markdown ({@code [markdown]}); what GIFT
 * cannot hold (hints, points, quiz settings) goes into {@code // hygiene ...} comments, which
 * Moodle ignores and {@link GiftReader} reads back.
 */
public final class GiftWriter {
    /** The GIFT text and what could not be exported faithfully. */
    public record Result(String text, List<String> warnings) {}

    private GiftWriter() {}

    public static Result write(Quiz quiz) {
        List<String> warnings = new ArrayList<>();
        StringBuilder s = new StringBuilder();
        QuizSettings st = quiz.settings();
        s.append("// GIFT export of the Hygiene quiz '").append(quiz.id()).append("'\n");
        meta(s, "quiz", quiz.id());
        meta(s, "title", quiz.title());
        meta(s, "pass", NumberSpec.format(st.passPercent()));
        meta(
                s,
                "shuffle",
                st.shuffleQuestions()
                        ? (st.shuffleAnswers() ? "true" : "questions")
                        : (st.shuffleAnswers() ? "answers" : "false"));
        if (st.sample() > 0) {
            meta(s, "sample", String.valueOf(st.sample()));
        }
        meta(s, "attempts", st.attempts() == 0 ? "unlimited" : String.valueOf(st.attempts()));
        if (st.timeLimit() != null) {
            meta(s, "time-limit", st.timeLimit().toSeconds() + "s");
        }
        meta(s, "scoring", st.scoring().label());
        if (st.negativePercent() > 0) {
            meta(s, "negative", NumberSpec.format(st.negativePercent()) + "%");
        }
        if (st.seed() != null) {
            meta(s, "seed", String.valueOf(st.seed()));
        }
        if (!st.category().isEmpty()) {
            meta(s, "category", st.category());
        }
        if (!quiz.intro().isBlank()) {
            meta(s, "intro", escape(quiz.intro().strip()));
        }
        String category = null;
        for (Question q : quiz.questions()) {
            if (q.type() == QuestionType.ORDER) {
                warnings.add(
                        "question '"
                                + q.id()
                                + "' (line "
                                + q.line()
                                + ") puts items in order, which GIFT cannot express; it was left"
                                + " out");
                s.append("\n// left out: the ordering question '").append(q.id()).append("'\n");
                continue;
            }
            if (q.type() == QuestionType.MULTIPLE && st.scoring() == Scoring.ALL_OR_NOTHING) {
                warnings.add(
                        "question '"
                                + q.id()
                                + "': GIFT has no all-or-nothing multiple answer; exported with"
                                + " partial weights");
            }
            String cat = q.category().isEmpty() ? st.category() : q.category();
            if (!cat.isEmpty() && !cat.equals(category)) {
                s.append("\n$CATEGORY: ").append(cat).append('\n');
                category = cat;
            }
            s.append('\n');
            question(s, q);
        }
        return new Result(s.toString(), warnings);
    }

    private static void meta(StringBuilder s, String key, String value) {
        s.append("// hygiene ")
                .append(key)
                .append(": ")
                .append(value.replace("\n", " "))
                .append('\n');
    }

    private static void question(StringBuilder s, Question q) {
        if (!q.hint().isBlank()) {
            meta(s, "hint", escape(q.hint().strip()));
        }
        if (q.points() != 1) {
            meta(s, "points", String.valueOf(q.points()));
        }
        if (q.shuffleAnswers() != null) {
            meta(s, "shuffle", String.valueOf(q.shuffleAnswers()));
        }
        String text = q.heading() + (q.body().isBlank() ? "" : "\n\n" + q.body().strip());
        s.append("::")
                .append(escape(q.id()))
                .append("::[markdown]")
                .append(escape(text))
                .append(" {");
        switch (q.type()) {
            case TRUE_FALSE -> {
                Option t = q.options().get(0);
                Option f = q.options().get(1);
                Option right = t.correct() ? t : f;
                Option wrong = t.correct() ? f : t;
                s.append(t.correct() ? "TRUE" : "FALSE");
                if (!wrong.feedback().isBlank() || !right.feedback().isBlank()) {
                    s.append('#').append(escape(wrong.feedback().strip()));
                }
                if (!right.feedback().isBlank()) {
                    s.append('#').append(escape(right.feedback().strip()));
                }
            }
            case NUMBER -> {
                s.append("#\n");
                for (Option o : q.options()) {
                    if (o.isCatchAll()) {
                        s.append("\t~#").append(escape(o.feedback().strip())).append('\n');
                        continue;
                    }
                    s.append("\t=%")
                            .append(weight(OptionWeights.weightOf(q, o)))
                            .append('%')
                            .append(
                                    NumberSpec.parse(o.text())
                                            .orElseThrow()
                                            .gift()
                                            .replace(":", ":"));
                    feedback(s, o);
                }
            }
            default -> {
                s.append('\n');
                for (Option o : q.options()) {
                    double w = OptionWeights.weightOf(q, o);
                    if (q.type() == QuestionType.TEXT) {
                        s.append("\t=%").append(weight(w)).append('%');
                    } else if (q.type() == QuestionType.SINGLE && Math.abs(w - 100) < 1e-9) {
                        s.append("\t=");
                    } else if (Math.abs(w) < 1e-9) {
                        s.append("\t~");
                    } else {
                        s.append("\t~%").append(weight(w)).append('%');
                    }
                    s.append(
                            escape(
                                    q.type() == QuestionType.TEXT
                                            ? o.text().replace("`", "")
                                            : o.text()));
                    feedback(s, o);
                }
            }
        }
        if (!q.explanation().isBlank()) {
            s.append(q.type() == QuestionType.TRUE_FALSE ? "" : "\t")
                    .append("####")
                    .append(escape(q.explanation().strip()));
            s.append(q.type() == QuestionType.TRUE_FALSE ? "" : "\n");
        }
        s.append("}\n");
    }

    private static void feedback(StringBuilder s, Option o) {
        if (!o.feedback().isBlank()) {
            s.append('#').append(escape(o.feedback().strip()));
        }
        s.append('\n');
    }

    static String weight(double w) {
        String t = NumberText.withoutTrailingZeros(String.format(Locale.ROOT, "%.5f", w));
        return t.equals("-0") ? "0" : t;
    }

    /** Escape GIFT's special characters; new lines become {@code \n}. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '~', '=', '#', '{', '}', ':' -> s.append('\\').append(c);
                case '\n' -> s.append("\\n");
                case '\r' -> {}
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
