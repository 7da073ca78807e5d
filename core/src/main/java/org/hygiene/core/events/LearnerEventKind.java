package org.hygiene.core.events;

import java.util.Locale;
import java.util.Optional;

/** What a learner did; each kind names the fields of {@link LearnerEvent} it fills. */
public enum LearnerEventKind {
    /** Opened a unit ({@code unit}). */
    UNIT_OPENED,
    /** Read to a line of a lesson ({@code unit}, {@code number} = the top line shown). */
    POSITION,
    /** Finished a unit ({@code unit}). */
    UNIT_DONE,
    /** Opened an exercise ({@code unit}, {@code item}). */
    EXERCISE_OPENED,
    /** Ran a query in an exercise's shell ({@code text}, {@code number} = rows, or -1 failed). */
    QUERY,
    /** Answered an exercise ({@code text}, {@code correct}, {@code points} when right). */
    ANSWER,
    /** Took a hint ({@code number} = which hint, from 1). */
    HINT,
    /** Gave up an exercise. */
    GAVE_UP,
    /** Started a quiz attempt ({@code number} = seed, {@code graded}). */
    QUIZ_STARTED,
    /** Answered one quiz question, live ({@code item}, {@code choices}, {@code correct}). */
    QUIZ_ANSWER,
    /**
     * The final mark of one question of a submitted attempt ({@code item}, {@code choices}, {@code
     * correct}, {@code points}, {@code maxPoints}, {@code number} = seed, {@code graded}).
     */
    QUIZ_MARK,
    /** Submitted a quiz attempt ({@code points}, {@code maxPoints}, {@code number} = seed). */
    QUIZ_GRADED,
    /** Connected to a served class. */
    JOINED,
    /** Left a served class. */
    LEFT;

    /** The name in the journal: lower case with dashes ({@code quiz-answer}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this journal name, if any (names from a newer Hygiene are unknown). */
    public static Optional<LearnerEventKind> fromLabel(String label) {
        for (LearnerEventKind k : values()) {
            if (k.label().equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
