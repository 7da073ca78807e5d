package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.quiz.engine.Attempt;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The quiz's start screen: start, or resume or discard an unfinished attempt. */
final class StartScreen {
    private final QuizRun run;
    private final QuizFrame frame;
    private final Theme theme;
    private String message = "";
    private boolean confirmingDiscard;

    StartScreen(QuizRun run, QuizFrame frame) {
        this.run = run;
        this.frame = frame;
        this.theme = frame.theme();
    }

    /** The note to carry onto the first question, such as why a resume started again. */
    String message() {
        return message;
    }

    /** Show the start screen; returns the attempt to play, or null to go back. */
    Attempt show(FullScreen screen, KeyMap<Object> keys) {
        boolean unfinished = run.store.hasUnfinished();
        while (true) {
            int w = screen.width();
            screen.show(
                    QuizFrame.fit(
                            lines(unfinished, w),
                            screen.height(),
                            frame.footer(" Enter start   ? keys   q back", w)));
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
                if (QuizKeys.showHelp(screen, theme)) {
                    run.session.requestQuit();
                    return null;
                }
            } else if (confirmingDiscard) {
                confirmingDiscard = false;
                if (ch.equals("y")) {
                    message =
                            run.submitAsItStands()
                                    .map(
                                            g ->
                                                    "Submitted as it stood: "
                                                            + AttemptStore.summary(
                                                                    g.points(),
                                                                    g.maxPoints(),
                                                                    g.percent())
                                                            + ". Any new attempt is a practice"
                                                            + " retake.")
                                    .orElse(
                                            "The quiz has changed since that attempt began; it"
                                                    + " was dropped.");
                    unfinished = false;
                } else {
                    message = "Kept: Enter or r resumes it.";
                }
            } else if (unfinished && ch.equals("d")) {
                if (run.store.unfinishedIsGraded()) {
                    confirmingDiscard = true;
                    // A graded attempt, once begun, is used: ending it submits it, so giving it up
                    // never buys a fresh graded attempt.
                    message =
                            "Submit this graded attempt as it stands? Unanswered questions score"
                                    + " nothing. y submits it, any other key keeps it.";
                } else {
                    discard();
                    unfinished = false;
                }
            } else if (key == QuizKeys.ENTER || ch.equals("r") || ch.equals("s")) {
                message = "";
                if (unfinished) {
                    Attempt resumed = run.resume().orElse(null);
                    if (resumed != null) {
                        return resumed;
                    }
                    run.store.discardUnfinished();
                    message = "The quiz has changed since that attempt began, so it starts again.";
                }
                Attempt fresh = run.fresh();
                run.save(fresh);
                return fresh;
            }
        }
    }

    private void discard() {
        run.session.update(run.store::discardUnfinished);
        message = "The unfinished attempt was discarded.";
    }

    private List<AttributedString> lines(boolean unfinished, int w) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(new AttributedString(Sanitizer.clean(run.quiz.title()), theme.heading()));
        lines.add(AttributedString.EMPTY);
        lines.addAll(QuizFrame.wrap(run.about(), AttributedStyle.DEFAULT, w));
        lines.addAll(QuizFrame.wrap(run.kindLine(), AttributedStyle.DEFAULT, w));
        if (!run.quiz.intro().isBlank()) {
            lines.add(AttributedString.EMPTY);
            lines.addAll(new TerminalMarkdown(theme, w).render(run.quiz.intro()));
        }
        lines.add(AttributedString.EMPTY);
        if (unfinished) {
            lines.addAll(
                    QuizFrame.wrap(
                            "You have an unfinished attempt ("
                                    + run.store.unfinishedSummary()
                                    + ").",
                            theme.strong(),
                            w));
            lines.add(new AttributedString("  Enter or r   resume it"));
            lines.add(
                    new AttributedString(
                            run.store.unfinishedIsGraded()
                                    ? "  d            submit it as it stands (your graded attempt)"
                                    : "  d            discard it and start again"));
            lines.add(new AttributedString("  q            back"));
        } else {
            lines.add(new AttributedString("  Enter   start"));
            lines.add(new AttributedString("  ?       keys"));
            lines.add(new AttributedString("  q       back"));
        }
        if (!message.isEmpty()) {
            lines.addAll(QuizFrame.wrap(message, theme.strong(), w));
        }
        return lines;
    }
}
