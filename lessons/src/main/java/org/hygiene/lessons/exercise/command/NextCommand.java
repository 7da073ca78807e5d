package org.hygiene.lessons.exercise.command;

import org.hygiene.lessons.exercise.ExerciseOnward;
import org.hygiene.lessons.exercise.ExerciseSession;

/** {@code next}: leave this exercise for the lesson's next one, as rustlings moves on. */
public final class NextCommand implements ExerciseCommand {
    @Override
    public String name() {
        return "next";
    }

    @Override
    public String usage() {
        return "next";
    }

    @Override
    public String summary() {
        return "go on to the lesson's next exercise (progress is saved)";
    }

    @Override
    public Outcome run(String args, ExerciseSession session, ExercisePrompt prompt) {
        ExerciseOnward onward = session.onward();
        if (onward.next().isEmpty()) {
            ExerciseText.say(
                    prompt,
                    onward.last()
                            ? "This is the lesson's last exercise. Type back to return to the"
                                    + " lesson."
                            : "There is no next exercise here. Type back to return.");
            return Outcome.STAY;
        }
        onward.request();
        return Outcome.BACK;
    }
}
