package org.hygiene.lessons.exercise.launch;

import java.util.Optional;
import org.hygiene.core.course.Unit;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.spi.Session;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseOnward;
import org.hygiene.lessons.exercise.ExerciseSession;

/**
 * What a launcher needs to run an exercise: the lesson, the exercise, the learner's session, and
 * the way on to the lesson's next exercise (none unless the host can open it).
 */
public record ExerciseContext(
        Unit unit, Exercise exercise, Session session, ExerciseOnward onward) {

    public ExerciseContext(Unit unit, Exercise exercise, Session session) {
        this(unit, exercise, session, ExerciseOnward.NONE);
    }

    /** Start (or resume) the learner's work on the exercise, saving to their progress. */
    public ExerciseSession start() {
        session.record(LearnerEvent.exerciseOpened(unit.id(), exercise.id()));
        return new ExerciseSession(
                        exercise,
                        session.progressOf(unit.id()),
                        session::now,
                        session::save,
                        unit.id(),
                        session::record)
                .onward(onward);
    }

    /** The log scenario of the lesson (front matter {@code scenario}), for the hunt shell. */
    public Optional<String> scenario() {
        return unit.frontMatter().get("scenario");
    }
}
