package org.hygiene.quiz.format;

import com.google.re2j.Pattern;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hygiene.core.text.LiteralSplitter;
import org.hygiene.quiz.model.NumberSpec;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.OptionWeights;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;
import org.hygiene.quiz.model.QuizSettings;

/** Write a quiz in the Markdown quiz format, so that {@link QuizParser} reads it back the same. */
public final class MarkdownWriter {
    private static final Pattern PLAIN_SCALAR = Pattern.compile("[^:#\\[\\]{}\"']*");

    private MarkdownWriter() {}

    public static String write(Quiz quiz) {
        StringBuilder s = new StringBuilder("---\n");
        QuizSettings st = quiz.settings();
        s.append("id: ").append(quiz.id()).append('\n');
        s.append("title: ").append(quote(quiz.title())).append('\n');
        s.append("pass: ").append(NumberSpec.format(st.passPercent())).append("%\n");
        s.append("shuffle: ")
                .append(
                        st.shuffleQuestions()
                                ? (st.shuffleAnswers() ? "true" : "questions")
                                : (st.shuffleAnswers() ? "answers" : "false"))
                .append('\n');
        if (st.sample() > 0) {
            s.append("sample: ").append(st.sample()).append('\n');
        }
        s.append("attempts: ")
                .append(st.attempts() == 0 ? "unlimited" : String.valueOf(st.attempts()))
                .append('\n');
        if (st.timeLimit() != null) {
            s.append("time-limit: ").append(st.timeLimit().toSeconds()).append("s\n");
        }
        s.append("scoring: ").append(st.scoring().label()).append('\n');
        if (st.negativePercent() > 0) {
            s.append("negative: ").append(NumberSpec.format(st.negativePercent())).append("%\n");
        }
        if (st.seed() != null) {
            s.append("seed: ").append(st.seed()).append('\n');
        }
        if (!st.category().isEmpty()) {
            s.append("category: ").append(quote(st.category())).append('\n');
        }
        s.append("---\n");
        if (!quiz.intro().isBlank()) {
            s.append('\n').append(quiz.intro().strip()).append('\n');
        }
        for (Question q : quiz.questions()) {
            s.append('\n');
            question(s, q, st);
        }
        return s.toString();
    }

    private static void question(StringBuilder s, Question q, QuizSettings st) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("id", q.id());
        if (q.points() != 1) {
            attrs.put("points", String.valueOf(q.points()));
        }
        if (q.type().isTyped()) {
            attrs.put("type", q.type().name().toLowerCase(Locale.ROOT));
        }
        if (q.shuffleAnswers() != null) {
            attrs.put("shuffle", String.valueOf(q.shuffleAnswers()));
        }
        if (!q.category().isEmpty() && !q.category().equals(st.category())) {
            attrs.put("category", q.category());
        }
        s.append("## ")
                .append(q.heading().replace('\n', ' '))
                .append(Attributes.format(attrs))
                .append("\n\n");
        if (!q.body().isBlank()) {
            s.append(q.body().strip()).append("\n\n");
        }
        if (!q.hint().isBlank()) {
            s.append(prefixed(q.hint().strip(), "> ")).append("\n\n");
        }
        for (int i = 0; i < q.options().size(); i++) {
            Option o = q.options().get(i);
            String marker =
                    switch (q.type()) {
                        case MULTIPLE, TEXT, NUMBER -> "- ";
                        case ORDER -> (i + 1) + ". ";
                        default -> "1. ";
                    };
            String task = q.type() == QuestionType.ORDER ? "" : (o.correct() ? "[x] " : "[ ] ");
            String indent = " ".repeat(marker.length());
            String text = o.text();
            if (o.weight() != null && Math.abs(o.weight() - defaultWeight(q, o)) > 1e-6) {
                text += " {weight=" + NumberSpec.format(o.weight()) + "%}";
            }
            s.append(marker)
                    .append(task)
                    .append(text.strip().replace("\n", "\n" + indent))
                    .append('\n');
            if (!o.feedback().isBlank()) {
                s.append(prefixed(o.feedback().strip(), indent + "> ")).append('\n');
            }
        }
        if (!q.explanation().isBlank()) {
            s.append("\nExplanation: ").append(q.explanation().strip()).append('\n');
        }
    }

    private static double defaultWeight(Question q, Option o) {
        Option plain = new Option(o.text(), o.correct(), null, o.feedback(), o.line());
        return OptionWeights.weightOf(q, plain);
    }

    private static String prefixed(String text, String prefix) {
        StringBuilder s = new StringBuilder();
        for (String line : LiteralSplitter.split(text, '\n', -1)) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(line.isBlank() ? prefix.stripTrailing() : prefix + line);
        }
        return s.toString();
    }

    private static String quote(String v) {
        return PLAIN_SCALAR.matcher(v).matches() && !v.isBlank()
                ? v
                : "\"" + v.replace("\"", "'") + "\"";
    }
}
