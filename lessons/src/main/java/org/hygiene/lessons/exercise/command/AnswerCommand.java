package org.hygiene.lessons.exercise.command;

import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.answer.Verdict;
import org.jline.utils.AttributedStyle;

/** {@code answer VALUE}: check an answer; a right one shows the explanation and the query. */
public final class AnswerCommand implements ExerciseCommand {
    @Override
    public String name() {
        return "answer";
    }

    @Override
    public String usage() {
        return "answer VALUE";
    }

    @Override
    public String summary() {
        return "check your answer";
    }

    @Override
    public Outcome run(String args, ExerciseSession session, ExercisePrompt prompt) {
        if (args.isBlank()) {
            ExerciseText.say(prompt, "Type your answer after the word: answer " + example(session));
            return Outcome.STAY;
        }
        boolean wasFinished = session.finished();
        Verdict v = session.answer(args);
        switch (v.kind()) {
            case CORRECT -> {
                if (wasFinished) {
                    ExerciseText.say(
                            prompt,
                            "Right"
                                    + (session.state() == ExerciseSession.State.GAVE_UP
                                            ? " (you gave up on this one earlier, so it scores no"
                                                    + " points)."
                                            : "; you had already solved it."),
                            prompt.theme().strong());
                } else {
                    int points = session.progress().points();
                    int lost = session.exercise().points() - points;
                    ExerciseText.say(
                            prompt,
                            "[x] Correct! +"
                                    + ExerciseText.points(points)
                                    + (lost > 0
                                            ? " ("
                                                    + session.exercise().points()
                                                    + " minus "
                                                    + lost
                                                    + " for hints)"
                                            : "")
                                    + ".",
                            prompt.theme().strong().foreground(AttributedStyle.GREEN));
                }
                ExerciseText.markdown(prompt, session.exercise().explanation());
                ExerciseText.query(prompt, session.exercise());
                ExerciseText.wayOn(prompt, session);
            }
            case WRONG -> {
                ExerciseText.say(prompt, "[ ] Not right.", prompt.theme().strong());
                ExerciseText.markdown(prompt, v.message());
                if (!session.finished()) {
                    ExerciseText.say(prompt, next(session), prompt.theme().faint());
                }
            }
            case WRONG_FORM -> {
                ExerciseText.say(
                        prompt,
                        "That answer is not in the expected form (it does not count as an"
                                + " attempt).",
                        prompt.theme().strong());
                ExerciseText.say(prompt, v.message());
            }
        }
        return Outcome.STAY;
    }

    private static String example(ExerciseSession session) {
        return "VALUE (" + session.exercise().type().form() + ")";
    }

    private static String next(ExerciseSession session) {
        String tries =
                session.progress().attempts() == 1
                        ? "1 attempt"
                        : session.progress().attempts() + " attempts";
        return session.nextHint()
                .map(
                        h ->
                                tries
                                        + " so far. Try again, or type hint (costs "
                                        + ExerciseText.points(h.cost())
                                        + ").")
                .orElse(tries + " so far. Try again, or type giveup to see the answer.");
    }
}
