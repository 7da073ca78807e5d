package org.hygiene.lessons.exercise.launch;

/**
 * Open an exercise for the learner, from the lesson pager. The default runs the exercise commands
 * at a line prompt; the hunt shell replaces it to add queries over the lesson's logs. The pager is
 * closed while the launcher runs.
 */
@FunctionalInterface
public interface ExerciseLauncher {

    /** Run the exercise until the learner goes back (or asks to leave Hygiene). */
    void open(ExerciseContext context);
}
