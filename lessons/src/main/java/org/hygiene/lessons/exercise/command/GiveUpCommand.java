package org.hygiene.lessons.exercise.command;

import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseSession;

/**
 * {@code giveup}: after confirming, show the answer, the explanation and the query, for no points.
 */
public final class GiveUpCommand implements ExerciseCommand {
    @Override
    public String name() {
        return "giveup";
    }

    @Override
    public String usage() {
        return "giveup";
    }

    @Override
    public String summary() {
        return "see the answer and the query that proves it, for no points (asks first)";
    }

    @Override
    public Outcome run(String args, ExerciseSession session, ExercisePrompt prompt) {
        Exercise e = session.exercise();
        if (session.state() == ExerciseSession.State.UNSOLVED) {
            if (!prompt.confirm(
                    "Give up? You will see the answer and the query, and this exercise will score"
                            + " no points.")) {
                ExerciseText.say(prompt, "Keep going: type hint for help.");
                return Outcome.STAY;
            }
            session.giveUp();
        }
        if (session.state() == ExerciseSession.State.SOLVED) {
            ExerciseText.say(prompt, "You solved this one; here is the explanation again.");
        }
        ExerciseText.say(
                prompt,
                e.shownAnswer()
                        .map(a -> "The answer: " + Sanitizer.clean(a))
                        .orElse("The answer is what the query below finds; run it to see it."),
                prompt.theme().strong());
        ExerciseText.markdown(prompt, e.explanation());
        ExerciseText.query(prompt, e);
        ExerciseText.wayOn(prompt, session);
        return Outcome.STAY;
    }
}
