package org.hygiene.quiz.player;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.KeyHelp;
import org.hygiene.core.screen.Pager;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.hygiene.quiz.engine.AnswerInput;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.format.NumberSpec;
import org.hygiene.quiz.model.QuestionType;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.NonBlockingReader;

/**
 * The full-screen quiz: a start screen, one question at a time (arrows and Space/Enter, or the
 * option's letter or number), a submit screen, then the review. Answers are saved as they are
 * given, so Esc and Ctrl-C keep them for later.
 */
final class QuizScreen {
    private static final List<String[]> HELP =
            List.of(
                    new String[] {"Up Down", "move between options"},
                    new String[] {
                        "Space", "choose (several answers: toggle; order: pick up / put down)"
                    },
                    new String[] {"a b c ... 1 2 3", "choose that option"},
                    new String[] {"Enter", "keep the answer and go to the next question"},
                    new String[] {"Left Right PgUp PgDn", "previous / next question"},
                    new String[] {"Tab", "show or hide the hint"},
                    new String[] {"Backspace Ctrl-U", "edit or clear a typed answer"},
                    new String[] {"? F1", "these keys (F1 while typing)"},
                    new String[] {"Esc q", "leave; your answers are kept for later"},
                    new String[] {"Ctrl-C", "leave Hygiene; your answers are kept"});

    private enum Exit {
        SUBMIT,
        LEAVE,
        QUIT
    }

    private final QuizRun run;
    private final Theme theme;
    private String message = "";

    QuizScreen(QuizRun run) {
        this.run = run;
        this.theme = run.session.theme();
    }

    void run() {
        try (FullScreen screen = new FullScreen(run.session.terminal())) {
            KeyMap<Object> keys = QuizKeys.map(screen.terminal());
            Attempt attempt = start(screen, keys);
            if (attempt == null) {
                return;
            }
            Exit exit = questions(screen, keys, attempt);
            if (exit == Exit.SUBMIT) {
                Grade grade = run.submit(attempt);
                String note =
                        attempt.timeIsUp() ? "Time is up: unanswered questions score nothing." : "";
                Pager pager =
                        new Pager(
                                theme,
                                run.quiz.title() + ": review",
                                w -> ReviewText.render(attempt, grade, note, theme, w));
                screen.invalidate(); // The review is a new page: draw it whole.
                if (pager.show(screen, 0).exit() == Pager.Exit.QUIT_APP) {
                    run.session.requestQuit();
                }
            } else {
                run.save(attempt);
                if (exit == Exit.QUIT) {
                    run.session.requestQuit();
                }
            }
        }
    }

    /** The start screen; returns the attempt to play, or null to go back. */
    private Attempt start(FullScreen screen, KeyMap<Object> keys) {
        boolean unfinished = run.store.hasUnfinished();
        while (true) {
            List<AttributedString> lines = new ArrayList<>();
            int w = screen.width();
            lines.add(new AttributedString(Sanitizer.clean(run.quiz.title()), theme.heading()));
            lines.add(AttributedString.EMPTY);
            lines.addAll(wrap(run.about(), AttributedStyle.DEFAULT, w));
            lines.addAll(wrap(run.kindLine(), AttributedStyle.DEFAULT, w));
            if (!run.quiz.intro().isBlank()) {
                lines.add(AttributedString.EMPTY);
                lines.addAll(new TerminalMarkdown(theme, w).render(run.quiz.intro()));
            }
            lines.add(AttributedString.EMPTY);
            if (unfinished) {
                lines.addAll(
                        wrap(
                                "You have an unfinished attempt ("
                                        + run.store.unfinishedSummary()
                                        + ").",
                                theme.strong(),
                                w));
                lines.add(new AttributedString("  Enter or r   resume it"));
                lines.add(new AttributedString("  d            discard it and start again"));
                lines.add(new AttributedString("  q            back"));
            } else {
                lines.add(new AttributedString("  Enter   start"));
                lines.add(new AttributedString("  ?       keys"));
                lines.add(new AttributedString("  q       back"));
            }
            if (!message.isEmpty()) {
                lines.addAll(wrap(message, theme.strong(), w));
            }
            screen.show(fit(lines, screen.height(), footer(" Enter start   ? keys   q back", w)));
            Object key = screen.readKey(keys);
            String ch = key == QuizKeys.CHAR ? screen.lastBinding() : "";
            if (key == FullScreen.Event.EOF || key == QuizKeys.QUIT) {
                run.session.requestQuit();
                return null;
            }
            if (key == QuizKeys.LEAVE || ch.equals("q")) {
                return null;
            }
            if (key == QuizKeys.HELP || ch.equals("?")) {
                if (KeyHelp.show(screen, theme, "quiz", HELP)
                        == org.hygiene.core.screen.Keys.Common.QUIT_APP) {
                    run.session.requestQuit();
                    return null;
                }
            } else if (unfinished && ch.equals("d")) {
                run.store.discardUnfinished();
                run.session.save();
                unfinished = false;
                message = "The unfinished attempt was discarded.";
            } else if (key == QuizKeys.ENTER || ch.equals("r") || ch.equals("s")) {
                message = "";
                if (unfinished) {
                    Attempt resumed = run.store.resume(run.quiz).orElse(null);
                    run.store.discardUnfinished();
                    if (resumed != null) {
                        return resumed;
                    }
                    message = "The quiz has changed since that attempt began, so it starts again.";
                }
                Attempt fresh = run.fresh();
                run.save(fresh);
                return fresh;
            }
        }
    }

    private Exit questions(FullScreen screen, KeyMap<Object> keys, Attempt attempt) {
        List<Paper.Item> items = attempt.paper().items();
        List<QuestionState> states = new ArrayList<>();
        for (Paper.Item item : items) {
            states.add(new QuestionState(item, attempt.responses().get(item.question().id())));
        }
        int index = Math.min(attempt.index(), items.size());
        boolean hint = false;
        Instant shown = run.clock.get();
        while (true) {
            if (attempt.timeIsUp()) {
                commit(attempt, states);
                return Exit.SUBMIT;
            }
            boolean onSubmit = index >= items.size();
            screen.show(
                    onSubmit
                            ? submitFrame(screen, attempt, states)
                            : questionFrame(screen, attempt, states.get(index), index, hint));
            Object key = readKey(screen, keys, attempt);
            Instant now = run.clock.get();
            if (!onSubmit) {
                attempt.spend(
                        items.get(index).question().id(), Duration.between(shown, now).toMillis());
            } else {
                attempt.spend("", 0);
            }
            shown = now;
            if (key == null) {
                continue; // A tick of the clock: redraw the time left.
            }
            String ch = key == QuizKeys.CHAR ? screen.lastBinding() : "";
            QuestionState st = onSubmit ? null : states.get(index);
            boolean typing = st != null && st.type().isTyped();
            if (key == FullScreen.Event.EOF || key == QuizKeys.QUIT) {
                commit(attempt, states);
                attempt.index(index);
                return Exit.QUIT;
            }
            if (key == QuizKeys.LEAVE || (!typing && ch.equals("q"))) {
                commit(attempt, states);
                attempt.index(index);
                return Exit.LEAVE;
            }
            if (key == QuizKeys.HELP || (!typing && ch.equals("?"))) {
                if (KeyHelp.show(screen, theme, "quiz", HELP)
                        == org.hygiene.core.screen.Keys.Common.QUIT_APP) {
                    commit(attempt, states);
                    return Exit.QUIT;
                }
                continue;
            }
            message = "";
            if (onSubmit) {
                if (key == QuizKeys.ENTER) {
                    commit(attempt, states);
                    return Exit.SUBMIT;
                }
                if (key == QuizKeys.PREV || key == QuizKeys.UP) {
                    index = items.size() - 1;
                }
                continue;
            }
            if (key == QuizKeys.HINT || (!typing && ch.equals("h") && st.size() < 8)) {
                hint = !hint;
                continue;
            }
            if (key == QuizKeys.UP || (!typing && ch.equals("k") && st.size() < 11)) {
                st.move(-1);
            } else if (key == QuizKeys.DOWN || (!typing && ch.equals("j") && st.size() < 10)) {
                st.move(1);
            } else if (key == QuizKeys.SPACE && !typing) {
                st.pick(st.cursor);
            } else if (key == QuizKeys.SPACE || (typing && key == QuizKeys.CHAR)) {
                if (st.text.length() < 200) {
                    st.text.append(key == QuizKeys.SPACE ? " " : Sanitizer.clean(ch));
                }
            } else if (key == QuizKeys.BACKSPACE && typing && st.text.length() > 0) {
                st.text.setLength(st.text.length() - 1);
            } else if (key == QuizKeys.CLEAR && typing) {
                st.text.setLength(0);
            } else if (key == QuizKeys.CHAR && ch.length() == 1) {
                int pos = position(ch.charAt(0), st.size());
                if (pos >= 0 && st.type() != QuestionType.ORDER) {
                    st.pick(pos);
                } else if (pos < 0) {
                    message =
                            "Choose with Up/Down and Space, or a letter from a to "
                                    + (char) ('a' + st.size() - 1)
                                    + ".";
                }
            } else if (key == QuizKeys.ENTER || key == QuizKeys.NEXT || key == QuizKeys.PREV) {
                if (st.type() == QuestionType.NUMBER
                        && st.text.length() > 0
                        && NumberSpec.parseAnswer(st.text.toString()).isEmpty()) {
                    message =
                            "That is not a number. Please answer with "
                                    + AnswerInput.expectedForm(st.item)
                                    + ".";
                    continue;
                }
                if (key == QuizKeys.ENTER && st.type() == QuestionType.ORDER) {
                    st.touched = true;
                    st.grabbed = false;
                }
                if (key == QuizKeys.ENTER && st.type() == QuestionType.SINGLE
                        || key == QuizKeys.ENTER && st.type() == QuestionType.TRUE_FALSE) {
                    if (st.chosen.isEmpty()) {
                        st.pick(st.cursor);
                    }
                }
                attempt.answer(st.item.question().id(), st.response());
                index = key == QuizKeys.PREV ? Math.max(0, index - 1) : index + 1;
                hint = false;
                attempt.index(Math.min(index, items.size() - 1));
                run.save(attempt);
            }
        }
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
            case TEXT -> "Type your answer, then Enter.";
            case NUMBER -> "Type a number, then Enter.";
            default -> "Choose one: Up/Down and Enter, or type a letter from a to " + last + ".";
        };
    }

    /** Read a key; with a time limit, return null once a second so the clock can be redrawn. */
    private Object readKey(FullScreen screen, KeyMap<Object> keys, Attempt attempt) {
        if (attempt.timeLeft() == null) {
            return screen.readKey(keys);
        }
        try {
            int c = screen.terminal().reader().peek(1000);
            if (c == NonBlockingReader.READ_EXPIRED) {
                return null;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return screen.readKey(keys);
    }

    private static int position(char c, int size) {
        int i = c >= '1' && c <= '9' && size < 10 ? c - '1' : Character.toLowerCase(c) - 'a';
        return i >= 0 && i < size ? i : -1;
    }

    private void commit(Attempt attempt, List<QuestionState> states) {
        for (QuestionState st : states) {
            if (st.touched || st.text.length() > 0) {
                attempt.answer(st.item.question().id(), st.response());
            }
        }
    }

    private List<AttributedString> questionFrame(
            FullScreen screen, Attempt attempt, QuestionState st, int index, boolean hint) {
        int w = screen.width();
        List<AttributedString> body = new ArrayList<>();
        body.addAll(QuestionText.stem(st.item.question(), theme, w));
        body.add(AttributedString.EMPTY);
        int cursorLine = body.size();
        switch (st.type()) {
            case TEXT, NUMBER -> {
                body.add(
                        new AttributedStringBuilder()
                                .append("  Answer: ", theme.strong())
                                .append(st.text.toString() + "_", theme.selected())
                                .toAttributedString());
                cursorLine = body.size() - 1;
            }
            case ORDER -> {
                for (int i = 0; i < st.order.size(); i++) {
                    boolean here = i == st.cursor;
                    if (here) {
                        cursorLine = body.size();
                    }
                    int option = st.order.get(i);
                    int shownAt = st.item.order().indexOf(option);
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
                                        .append(
                                                mark,
                                                here ? theme.selected() : AttributedStyle.DEFAULT)
                                        .append(lines.get(k))
                                        .toAttributedString());
                    }
                }
            }
            default -> {
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
                        body.add(prefix(here && k == 0 ? "> " : "  ", lines.get(k)));
                    }
                }
            }
        }
        body.add(AttributedString.EMPTY);
        body.addAll(wrap(instruction(st), theme.faint(), w));
        if (hint) {
            String h = st.item.question().hint();
            body.addAll(
                    new TerminalMarkdown(theme, w)
                            .render(h.isBlank() ? "No hint for this question." : "*Hint:* " + h));
        }
        if (!message.isEmpty()) {
            body.addAll(wrap(message, theme.strong(), w));
        }
        List<AttributedString> lines = new ArrayList<>();
        lines.add(header(attempt, index, w));
        int room = screen.height() - 2;
        int top = Math.max(0, Math.min(cursorLine - room / 2, body.size() - room));
        if (cursorLine < room) {
            top = 0;
        }
        lines.addAll(body.subList(top, Math.min(body.size(), top + room)));
        return fit(
                lines,
                screen.height(),
                footer(
                        st.type().isTyped()
                                ? " Enter next  Left/Right questions  Tab hint  F1 keys  Esc leave"
                                : " Space choose  Enter next  Left/Right questions  Tab hint  ?"
                                        + " keys  q leave",
                        w));
    }

    private List<AttributedString> submitFrame(
            FullScreen screen, Attempt attempt, List<QuestionState> states) {
        int w = screen.width();
        List<AttributedString> lines = new ArrayList<>();
        lines.add(header(attempt, states.size() - 1, w));
        lines.add(AttributedString.EMPTY);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).response() == null) {
                missing.add(String.valueOf(i + 1));
            }
        }
        lines.addAll(
                wrap(
                        "Ready to submit? You answered "
                                + (states.size() - missing.size())
                                + " of "
                                + states.size()
                                + " questions.",
                        theme.strong(),
                        w));
        if (!missing.isEmpty()) {
            lines.addAll(
                    wrap(
                            "Not answered: " + String.join(", ", missing) + ". They score nothing.",
                            AttributedStyle.DEFAULT,
                            w));
        }
        lines.add(AttributedString.EMPTY);
        lines.add(new AttributedString("  Enter   submit and see the review"));
        lines.add(new AttributedString("  Left    back to the questions"));
        lines.add(new AttributedString("  Esc     leave (your answers are kept)"));
        return fit(lines, screen.height(), footer(" Enter submit   ← back   Esc leave", w));
    }

    private AttributedString header(Attempt attempt, int index, int w) {
        int n = attempt.paper().items().size();
        String right =
                "Question "
                        + Math.min(index + 1, n)
                        + " of "
                        + n
                        + (attempt.timeLeft() == null
                                ? ""
                                : "   " + QuizRun.Clock.format(attempt.timeLeft()) + " left")
                        + " ";
        String left = " " + Sanitizer.clean(run.quiz.title());
        int gap = Math.max(1, w - left.length() - right.length());
        return new AttributedString(left + " ".repeat(gap) + right, theme.status())
                .columnSubSequence(0, w);
    }

    private AttributedString footer(String keys, int w) {
        return new AttributedString(
                        keys + " ".repeat(Math.max(0, w - keys.length())), theme.status())
                .columnSubSequence(0, w);
    }

    private static AttributedString prefix(String p, AttributedString l) {
        return new AttributedStringBuilder().append(p).append(l).toAttributedString();
    }

    private static List<AttributedString> fit(
            List<AttributedString> lines, int height, AttributedString footer) {
        List<AttributedString> out =
                new ArrayList<>(lines.subList(0, Math.min(lines.size(), height - 1)));
        while (out.size() < height - 1) {
            out.add(AttributedString.EMPTY);
        }
        out.add(footer);
        return out;
    }

    private List<AttributedString> wrap(String text, AttributedStyle style, int w) {
        return Wrap.words(new AttributedString(text, style), w);
    }
}
