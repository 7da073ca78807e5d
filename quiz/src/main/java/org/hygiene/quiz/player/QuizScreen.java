package org.hygiene.quiz.player;

import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.Pager;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.jline.keymap.KeyMap;

/**
 * The full-screen quiz: a start screen, one question at a time (arrows and Space/Enter, or the
 * option's letter or number), a submit screen, then the review. Answers are saved as they are
 * given, so Esc and Ctrl-C keep them for later.
 */
final class QuizScreen {
    private final QuizRun run;
    private final Theme theme;
    private final QuizFrame frame;

    QuizScreen(QuizRun run) {
        this.run = run;
        this.theme = run.session.theme();
        this.frame = new QuizFrame(theme, run.quiz.title(), run.session::saveProblem);
    }

    void run() {
        try (FullScreen screen = new FullScreen(run.session.terminal())) {
            KeyMap<Object> keys = QuizKeys.map(screen.terminal());
            StartScreen start = new StartScreen(run, frame);
            Attempt attempt = start.show(screen, keys);
            if (attempt == null) {
                return;
            }
            QuestionLoop.Exit exit =
                    new QuestionLoop(run, frame, start.message()).play(screen, keys, attempt);
            if (exit == QuestionLoop.Exit.SUBMIT) {
                review(screen, attempt, run.submit(attempt));
            } else {
                run.save(attempt);
                if (exit == QuestionLoop.Exit.QUIT) {
                    run.session.requestQuit();
                }
            }
        }
    }

    private void review(FullScreen screen, Attempt attempt, Grade grade) {
        String note = attempt.timeIsUp() ? "Time is up: unanswered questions score nothing." : "";
        Pager pager =
                new Pager(
                        theme,
                        run.quiz.title() + ": review",
                        w -> ReviewText.render(attempt, grade, note, theme, w));
        screen.invalidate(); // The review is a new page: draw it whole.
        if (pager.show(screen, 0).exit() == Pager.Exit.QUIT_APP) {
            run.session.requestQuit();
        }
    }
}
