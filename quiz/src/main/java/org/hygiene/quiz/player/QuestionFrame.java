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
        int room = screen.height() - 2; // between the status line and the keys line
        // The question stays in view while the rest scrolls (up to half the room; the rest of a
        // very long question scrolls with the options, first).
        List<AttributedString> heading = QuestionText.heading(st.item.question(), theme, w);
        int pinned = Math.min(heading.size(), Math.max(1, room / 2));
        List<AttributedString> body = new ArrayList<>(heading.subList(pinned, heading.size()));
        body.addAll(QuestionText.body(st.item.question(), theme, w));
        body.add(AttributedString.EMPTY);
        int[] cursor = new int[2];
        switch (st.type()) {
            case TEXT, NUMBER -> typed(body, st, w, cursor);
            case ORDER -> order(body, st, w, cursor);
            default -> choices(body, st, w, cursor);
        }
        body.add(AttributedString.EMPTY);
        body.addAll(QuizFrame.wrap(instruction(st), theme.faint(), w));
        int focusFirst = cursor[0];
        int focusLast = cursor[1];
        if (hint) {
            String h = st.item.question().hint();
            int first = body.size();
            body.addAll(
                    new TerminalMarkdown(theme, w)
                            .render(h.isBlank() ? "No hint for this question." : "*Hint:* " + h));
            // Show the hint just opened, with the cursor's option too if both fit.
            focusFirst = body.size() - focusFirst <= room - pinned - 1 ? focusFirst : first;
            focusLast = body.size() - 1;
        }
        // The message answers the last key: keep it in view, above the keys line.
        List<AttributedString> said =
                message.isEmpty() ? List.of() : QuizFrame.wrap(message, theme.strong(), w);
        said = said.subList(0, Math.min(said.size(), Math.max(0, room - pinned - 3)));
        int left = room - pinned - said.size();
        ScrollWindow view = ScrollWindow.of(body.size(), left, focusFirst, focusLast);
        List<AttributedString> lines = new ArrayList<>();
        lines.add(frame.header(attempt, index, w));
        lines.addAll(heading.subList(0, pinned));
        if (view.moreAbove()) {
            lines.add(new AttributedString("  ↑ more above: Up shows it", theme.faint()));
        }
        lines.addAll(body.subList(view.top(), view.top() + view.shown()));
        while (lines.size() < 1 + room - said.size()) {
            lines.add(AttributedString.EMPTY);
        }
        lines.addAll(said);
        return QuizFrame.fit(lines, screen.height(), frame.footer(footerKeys(st, w), w));
    }

    /** Add the answer field; {@code cursor} gets the first and last line to keep in view. */
    private void typed(List<AttributedString> body, QuestionState st, int w, int[] cursor) {
        int[] cursorLine = {0};
        int start = body.size();
        body.addAll(st.text.draw(theme, w, cursorLine));
        cursor[0] = st.peekAbove ? 0 : start + cursorLine[0];
        cursor[1] = cursor[0];
    }

    /**
     * Add the items in their current order, each under the letter it keeps wherever it moves (the
     * letters the plain form types and the review shows); {@code cursor} gets the cursor's lines.
     */
    private void order(List<AttributedString> body, QuestionState st, int w, int[] cursor) {
        cursor[0] = body.size();
        cursor[1] = body.size();
        for (int i = 0; i < st.order.size(); i++) {
            boolean here = i == st.cursor;
            if (here) {
                cursor[0] = body.size();
            }
            int option = st.order.get(i);
            List<AttributedString> lines =
                    new TerminalMarkdown(theme, Math.max(20, w - 8))
                            .render(st.item.question().options().get(option).text());
            for (int k = 0; k < lines.size(); k++) {
                String mark =
                        k > 0
                                ? "       "
                                : (here ? (st.grabbed ? "= " : "> ") : "  ")
                                        + "  "
                                        + st.item.letterOf(option)
                                        + ") ";
                body.add(
                        new AttributedStringBuilder()
                                .append(mark, here ? theme.selected() : AttributedStyle.DEFAULT)
                                .append(lines.get(k))
                                .toAttributedString());
            }
            if (here) {
                cursor[1] = body.size() - 1;
            }
        }
    }

    /** Add the options with their marks; {@code cursor} gets the cursor option's lines. */
    private void choices(List<AttributedString> body, QuestionState st, int w, int[] cursor) {
        cursor[0] = body.size();
        cursor[1] = body.size();
        boolean multi = st.type() == QuestionType.MULTIPLE;
        for (int s = 0; s < st.size(); s++) {
            boolean here = s == st.cursor;
            if (here) {
                cursor[0] = body.size();
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
            if (here) {
                cursor[1] = body.size() - 1;
            }
        }
    }

    /**
     * The keys line; Tab is offered only where the question has a hint. On a narrow screen the
     * short form keeps the key to the help ({@code ? keys}) in view.
     */
    private static String footerKeys(QuestionState st, int w) {
        String tab = st.item.question().hint().isBlank() ? "" : "  Tab hint";
        String full =
                st.type().isTyped()
                        ? " Enter next  PgUp/PgDn questions" + tab + "  F1 keys  Esc leave"
                        : " Space choose  Enter next  Left/Right questions"
                                + tab
                                + "  ? keys  q leave";
        if (full.length() <= w) {
            return full;
        }
        return st.type().isTyped()
                ? " Enter next" + tab + "  F1 keys  Esc leave"
                : " Space choose  Enter next" + tab + "  ? keys  q leave";
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
