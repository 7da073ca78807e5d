package org.hygiene.lessons.exercise.command;

import org.hygiene.lessons.exercise.ExerciseSession;

/** {@code back}: return to the lesson; progress is already saved. */
public final class BackCommand implements ExerciseCommand {
    @Override
    public String name() {
        return "back";
    }

    @Override
    public String usage() {
        return "back";
    }

    @Override
    public String summary() {
        return "return to the lesson (progress is saved)";
    }

    @Override
    public Outcome run(String args, ExerciseSession session, ExercisePrompt prompt) {
        return Outcome.BACK;
    }
}
