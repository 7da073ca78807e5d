package org.hygiene.quiz.player;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.quiz.engine.AnswerInput;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Paper;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The line-oriented quiz, for dumb terminals, pipes, screen readers and {@code --plain}: each
 * question is printed, one line answers it, and a wrong-form answer is asked again.
 */
final class PlainQuiz {
    static final int WIDTH = 80;

    /** How the run ended. */
    enum Outcome {
        SUBMITTED,
        INPUT_ENDED
    }

    private final QuizRun run;
    private final BufferedReader in;
    private final PrintWriter out;

    PlainQuiz(QuizRun run, BufferedReader in, PrintWriter out) {
        this.run = run;
        this.in = in;
        this.out = out;
    }

    Outcome play() {
        out.println(Sanitizer.clean(run.quiz.title()));
        out.println(run.about());
        Attempt attempt = null;
        if (run.store.hasUnfinished()) {
            out.println("You have an unfinished attempt (" + run.store.unfinishedSummary() + ").");
            boolean graded = run.store.unfinishedIsGraded();
            String answer =
                    ask(
                            graded
                                    ? "Resume it? Answer y to resume, n to submit it as it stands"
                                            + " (it is your graded attempt) [y/n]: "
                                    : "Resume it? Answer y to resume, n to discard it and start"
                                            + " again [y/n]: ");
            if (answer == null) {
                return Outcome.INPUT_ENDED;
            }
            if (!answer.strip().toLowerCase(Locale.ROOT).startsWith("n")) {
                attempt = run.resume().orElse(null);
                if (attempt == null) {
                    out.println(
                            "The quiz has changed since that attempt was started, so it starts"
                                    + " again.");
                    run.store.discardUnfinished();
                }
            } else if (graded) {
                String sure =
                        ask(
                                "Submit the graded attempt now, as it stands? Unanswered questions"
                                        + " score nothing [y/N]: ");
                if (sure == null || !sure.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                    out.println("Kept. Run the quiz again to resume it.");
                    out.flush();
                    return Outcome.INPUT_ENDED;
                }
                Optional<Grade> grade = run.submitAsItStands();
                out.println(
                        grade.map(
                                        g ->
                                                "Submitted as it stood: "
                                                        + AttemptStore.summary(
                                                                g.points(),
                                                                g.maxPoints(),
                                                                g.percent())
                                                        + ". Any new attempt is a practice"
                                                        + " retake.")
                                .orElse(
                                        "The quiz has changed since that attempt was started;"
                                                + " it was dropped."));
                out.flush();
                return Outcome.SUBMITTED;
            } else {
                run.store.discardUnfinished();
            }
        }
        if (attempt == null) {
            attempt = run.fresh();
        }
        out.println(run.kindLine(attempt.kind()));
        out.println(
                "Seed "
                        + attempt.paper().seed()
                        + ". Enter on its own skips a question; 'hint' shows a hint.");
        List<Paper.Item> items = attempt.paper().items();
        String note = "";
        for (int i = attempt.index(); i < items.size(); i++) {
            if (attempt.timeIsUp()) {
                note = "Time is up: unanswered questions score nothing.";
                break;
            }
            attempt.index(i);
            Paper.Item item = items.get(i);
            printQuestion(attempt, item, i);
            Instant shown = run.clock.get();
            while (true) {
                String line = ask("> ");
                if (line == null) {
                    spend(attempt, item, shown);
                    run.save(attempt);
                    out.println();
                    out.println(
                            "Input ended after "
                                    + attempt.answeredCount()
                                    + " of "
                                    + items.size()
                                    + " answers: the attempt is saved, not submitted. Run 'hygiene"
                                    + " quiz "
                                    + run.unitId
                                    + "' again to resume it.");
                    out.flush();
                    return Outcome.INPUT_ENDED;
                }
                String t = line.strip();
                if (t.equalsIgnoreCase("hint") || t.equals("?")) {
                    String hint = item.question().hint();
                    printMarkdown(
                            hint.isBlank() ? "No hint for this question." : "*Hint:* " + hint);
                    continue;
                }
                if (t.isEmpty()) {
                    attempt.answer(item.question().id(), null);
                    out.println("(skipped)");
                    break;
                }
                AnswerInput.Parsed parsed = AnswerInput.parse(item, t);
                if (!parsed.ok()) {
                    out.println(parsed.error());
                    continue;
                }
                attempt.answer(item.question().id(), parsed.response());
                break;
            }
            spend(attempt, item, shown);
            attempt.index(i + 1);
            run.save(attempt);
        }
        if (note.isEmpty() && attempt.timeIsUp()) {
            note = "Time is up.";
        }
        Grade grade = run.submit(attempt);
        out.println();
        for (AttributedString l : ReviewText.render(attempt, grade, note, Theme.MONO, WIDTH)) {
            out.println(l.toString());
        }
        if (run.options.results() != null) {
            out.println();
            out.println("Results written to " + run.options.results());
        }
        out.flush();
        return Outcome.SUBMITTED;
    }

    private void spend(Attempt attempt, Paper.Item item, Instant shown) {
        attempt.spend(item.question().id(), Duration.between(shown, run.clock.get()).toMillis());
    }

    private void printQuestion(Attempt attempt, Paper.Item item, int i) {
        out.println();
        String counter =
                QuestionText.counter(i + 1, attempt.paper().items().size(), item.question());
        Duration left = attempt.timeLeft();
        out.println(counter + (left == null ? "" : ", " + QuizRun.Clock.format(left) + " left"));
        for (AttributedString l : QuestionText.stem(item.question(), Theme.MONO, WIDTH)) {
            out.println(l.toString());
        }
        if (QuestionText.hasOptionsShown(item.question())) {
            out.println();
            for (int s = 0; s < item.order().size(); s++) {
                for (AttributedString l :
                        QuestionText.option(
                                item, s, "", AttributedStyle.DEFAULT, Theme.MONO, WIDTH)) {
                    out.println(l.toString());
                }
            }
        }
        out.println(QuestionText.instruction(item));
    }

    private void printMarkdown(String md) {
        for (AttributedString l : new TerminalMarkdown(Theme.MONO, WIDTH).render(md)) {
            out.println(l.toString());
        }
    }

    private String ask(String prompt) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
