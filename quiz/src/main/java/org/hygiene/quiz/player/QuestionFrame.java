package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.model.QuestionType;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Draw one question: stem, options or answer field, instruction, hint, scrolled to the cursor. */
final class QuestionFrame {
    private final QuizFrame frame;
    private final Theme theme;

    QuestionFrame(QuizFrame frame) {
        this.frame = frame;
        this.theme = frame.theme();
    }

    List<AttributedString> draw(
            FullScreen screen,
            Attempt attempt,
            QuestionState st,
            int index,
            boolean hint,
            String message) {
        int w = screen.width();
        List<AttributedString> body = new ArrayList<>();
        body.addAll(QuestionText.stem(st.item.question(), theme, w));
        body.add(AttributedString.EMPTY);
        int cursorLine =
                switch (st.type()) {
                    case TEXT, NUMBER -> typed(body, st, w);
                    case ORDER -> order(body, st, w);
                    default -> choices(body, st, w);
                };
        body.add(AttributedString.EMPTY);
        body.addAll(QuizFrame.wrap(instruction(st), theme.faint(), w));
        if (hint) {
            String h = st.item.question().hint();
            body.addAll(
                    new TerminalMarkdown(theme, w)
                            .render(h.isBlank() ? "No hint for this question." : "*Hint:* " + h));
        }
        if (!message.isEmpty()) {
            body.addAll(QuizFrame.wrap(message, theme.strong(), w));
        }
        List<AttributedString> lines = new ArrayList<>();
        lines.add(frame.header(attempt, index, w));
        int room = screen.height() - 2;
        int top = Math.max(0, Math.min(cursorLine - room / 2, body.size() - room));
        if (cursorLine < room) {
            top = 0;
        }
        lines.addAll(body.subList(top, Math.min(body.size(), top + room)));
        return QuizFrame.fit(lines, screen.height(), frame.footer(footerKeys(st), w));
    }

    /** Add the answer field; returns the line of the cursor. */
    private int typed(List<AttributedString> body, QuestionState st, int w) {
        int[] cursorLine = {0};
        int start = body.size();
        body.addAll(st.text.draw(theme, w, cursorLine));
        return start + cursorLine[0];
    }

    /** Add the items in their current order; returns the line of the cursor. */
    private int order(List<AttributedString> body, QuestionState st, int w) {
        int cursorLine = body.size();
        for (int i = 0; i < st.order.size(); i++) {
            boolean here = i == st.cursor;
            if (here) {
                cursorLine = body.size();
            }
            int option = st.order.get(i);
            List<AttributedString> lines =
                    new TerminalMarkdown(theme, Math.max(20, w - 8))
                            .render(st.item.question().options().get(option).text());
            for (int k = 0; k < lines.size(); k++) {
                String mark =
                        k > 0
                                ? "      "
                                : (here ? (st.grabbed ? "= " : "> ") : "  ")
                                        + String.format("%2d. ", i + 1);
                body.add(
                        new AttributedStringBuilder()
                                .append(mark, here ? theme.selected() : AttributedStyle.DEFAULT)
                                .append(lines.get(k))
                                .toAttributedString());
            }
        }
        return cursorLine;
    }

    /** Add the options with their marks; returns the line of the cursor. */
    private int choices(List<AttributedString> body, QuestionState st, int w) {
        int cursorLine = body.size();
        boolean multi = st.type() == QuestionType.MULTIPLE;
        for (int s = 0; s < st.size(); s++) {
            boolean here = s == st.cursor;
            if (here) {
                cursorLine = body.size();
            }
            boolean on = st.chosen.contains(s);
            String mark = multi ? (on ? "[x]" : "[ ]") : (on ? "(*)" : "( )");
            List<AttributedString> lines =
                    QuestionText.option(
                            st.item,
                            s,
                            mark,
                            here ? theme.selected() : AttributedStyle.DEFAULT,
                            theme,
                            w - 2);
            for (int k = 0; k < lines.size(); k++) {
                body.add(
                        new AttributedStringBuilder()
                                .append(here && k == 0 ? "> " : "  ")
                                .append(lines.get(k))
                                .toAttributedString());
            }
        }
        return cursorLine;
    }

    /** The keys line; Tab is offered only where the question has a hint. */
    private static String footerKeys(QuestionState st) {
        String tab = st.item.question().hint().isBlank() ? "" : "  Tab hint";
        return st.type().isTyped()
                ? " Enter next  PgUp/PgDn questions" + tab + "  F1 keys  Esc leave"
                : " Space choose  Enter next  Left/Right questions" + tab + "  ? keys  q leave";
    }

    private static String instruction(QuestionState st) {
        char last = (char) ('a' + st.size() - 1);
        return switch (st.type()) {
            case MULTIPLE ->
                    "Choose all that apply: Up/Down and Space, or type letters a to "
                            + last
                            + ". Enter goes on.";
            case ORDER ->
                    st.grabbed
                            ? "Moving: Up/Down moves the item, Space puts it down."
                            : "Put them in order: Space picks up the highlighted item, Up/Down"
                                    + " moves it. Enter goes on.";
            case TEXT -> "Type your answer, then Enter. Left/Right move in it, Ctrl-U clears it.";
            case NUMBER -> "Type a number, then Enter. Left/Right move in it, Ctrl-U clears it.";
            default ->
                    "Choose one: Up/Down and Enter, or type "
                            + org.hygiene.quiz.engine.AnswerInput.letters(st.size())
                            + ".";
        };
    }
}
