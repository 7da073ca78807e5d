package org.hygiene.quiz.engine;

import java.util.List;

/**
 * The mark for one answered (or skipped) question.
 *
 * @param points what the answer earned; negative only with negative marking
 * @param feedback the author's feedback for what the learner chose or typed
 */
public record Mark(double points, int maxPoints, Correctness correctness, List<String> feedback) {
    public Mark {
        feedback = List.copyOf(feedback);
    }

    /** How right an answer was. */
    public enum Correctness {
        CORRECT,
        PARTIAL,
        WRONG,
        UNANSWERED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
