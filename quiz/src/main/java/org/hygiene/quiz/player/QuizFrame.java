package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.hygiene.quiz.engine.Attempt;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Frame the quiz screens: the status header, the key footer, wrapping and fitting to height. */
final class QuizFrame {
    private final Theme theme;
    private final String title;
    private final Supplier<Optional<String>> saveProblem;

    QuizFrame(Theme theme, String title) {
        this(theme, title, Optional::empty);
    }

    /** With {@code saveProblem}: why progress is not being saved, shown in place of the keys. */
    QuizFrame(Theme theme, String title, Supplier<Optional<String>> saveProblem) {
        this.theme = theme;
        this.title = title;
        this.saveProblem = saveProblem;
    }

    Theme theme() {
        return theme;
    }

    /** The status line of a question: the title, then its number and the time left. */
    AttributedString header(Attempt attempt, int index, int w) {
        int n = attempt.paper().items().size();
        return header(attempt, "Question " + Math.min(index + 1, n) + " of " + n, w);
    }

    /**
     * The status line: quiz title on the left, {@code where} and the time left on the right. A
     * title too long for the line is cut with an ellipsis so that the right side stays whole.
     */
    AttributedString header(Attempt attempt, String where, int w) {
        String right =
                where
                        + (attempt.timeLeft() == null
                                ? ""
                                : "   " + QuizRun.Clock.format(attempt.timeLeft()) + " left")
                        + " ";
        AttributedString left =
                Wrap.fit(
                        new AttributedString(" " + Sanitizer.clean(title)),
                        Math.max(1, w - right.length() - 1));
        int gap = Math.max(1, w - left.columnLength() - right.length());
        return new AttributedString(left.toString() + " ".repeat(gap) + right, theme.status())
                .columnSubSequence(0, w);
    }

    AttributedString footer(String keys, int w) {
        Optional<String> problem = saveProblem.get();
        if (problem.isPresent()) {
            keys = " NOT SAVED: " + problem.get();
        }
        // Cut with an ellipsis, so a reader can tell a shortened line from a whole one.
        return Wrap.fit(
                new AttributedString(
                        keys + " ".repeat(Math.max(0, w - keys.length())), theme.status()),
                w);
    }

    /** Cut or pad the lines to the screen height, the footer on the last line. */
    static List<AttributedString> fit(
            List<AttributedString> lines, int height, AttributedString footer) {
        List<AttributedString> out =
                new ArrayList<>(lines.subList(0, Math.min(lines.size(), height - 1)));
        while (out.size() < height - 1) {
            out.add(AttributedString.EMPTY);
        }
        out.add(footer);
        return out;
    }

    static List<AttributedString> wrap(String text, AttributedStyle style, int w) {
        return Wrap.words(new AttributedString(text, style), w);
    }
}
