package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.quiz.engine.AnswerInput;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Render a question's text and options to terminal lines; the plain form is their text. */
final class QuestionText {
    private QuestionText() {}

    /** The heading line "Question 3 of 20 (2 points)". */
    static String counter(int number, int total, Question q) {
        return "Question "
                + number
                + " of "
                + total
                + " ("
                + q.points()
                + (q.points() == 1 ? " point)" : " points)");
    }

    /** The question and its extra text, rendered from Markdown. */
    static List<AttributedString> stem(Question q, Theme theme, int width) {
        List<AttributedString> lines = new ArrayList<>(heading(q, theme, width));
        lines.addAll(body(q, theme, width));
        return lines;
    }

    /** The question itself, in bold: what a screen keeps in view while the rest scrolls. */
    static List<AttributedString> heading(Question q, Theme theme, int width) {
        return new TerminalMarkdown(theme, width).render("**" + escapeStrong(q.heading()) + "**");
    }

    /** The question's extra text (a log line, a code block) after a blank line, or nothing. */
    static List<AttributedString> body(Question q, Theme theme, int width) {
        List<AttributedString> lines = new ArrayList<>();
        if (!q.body().isBlank()) {
            lines.add(AttributedString.EMPTY);
            lines.addAll(new TerminalMarkdown(theme, width).render(q.body()));
        }
        return lines;
    }

    /** One option with its letter and a marker ("(*)", "[x]", or nothing), wrapped under itself. */
    static List<AttributedString> option(
            Paper.Item item,
            int shown,
            String marker,
            AttributedStyle style,
            Theme theme,
            int width) {
        Option o = item.question().options().get(item.optionAt(shown));
        String prefix = "  " + (char) ('a' + shown) + ") " + (marker.isEmpty() ? "" : marker + " ");
        int indent = prefix.length();
        List<AttributedString> body =
                new TerminalMarkdown(theme, Math.max(20, width - indent)).render(o.text());
        List<AttributedString> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.append(i == 0 ? prefix : " ".repeat(indent), style);
            b.append(body.get(i));
            out.add(b.toAttributedString());
        }
        return out;
    }

    /** What the learner is asked to type in the plain form. */
    static String instruction(Paper.Item item) {
        String what =
                switch (item.question().type()) {
                    case MULTIPLE -> "Choose all that apply";
                    case ORDER -> "Put these in order";
                    case TEXT -> "Type your answer";
                    case NUMBER -> "Type a number";
                    default -> "Choose one";
                };
        return what + ": answer with " + AnswerInput.expectedForm(item) + ".";
    }

    static boolean hasOptionsShown(Question q) {
        return q.type() != QuestionType.TEXT && q.type() != QuestionType.NUMBER;
    }

    private static String escapeStrong(String heading) {
        return heading.replace("**", "");
    }
}
