package org.hygiene.lessons.exercise;

import java.util.List;
import java.util.Optional;
import org.hygiene.core.course.Problem;

/**
 * An {@code exercise} block found in a lesson, parsed or not.
 *
 * @param firstBodyLine the 0-based line of the body holding the opening fence
 * @param lastBodyLine the 0-based line of the body holding the closing fence
 */
public record ExerciseBlock(
        Optional<Exercise> exercise, List<Problem> problems, int firstBodyLine, int lastBodyLine) {

    public ExerciseBlock {
        problems = List.copyOf(problems);
    }
}
