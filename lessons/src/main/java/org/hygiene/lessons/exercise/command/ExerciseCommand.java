package org.hygiene.lessons.exercise.command;

import org.hygiene.lessons.exercise.ExerciseSession;

/** One command of an exercise session ({@code answer}, {@code hint}...). */
public interface ExerciseCommand {
    /** What the host does after a command. */
    enum Outcome {
        STAY,
        BACK
    }

    /** The word that runs the command. */
    String name();

    /** How to type it, e.g. {@code answer VALUE}. */
    String usage();

    /** One line saying what it does. */
    String summary();

    /** Run with the text after the command word. */
    Outcome run(String args, ExerciseSession session, ExercisePrompt prompt);
}
