package org.hygiene.core.results;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a learner counts as stuck: still in an exercise they have not finished, with {@code
 * wrongAnswers} wrong answers to it, or {@code noProgress} since they opened it without solving it.
 * Defaults: 3 wrong answers, 10 minutes (documented in docs/classroom.md).
 */
public record StuckRule(int wrongAnswers, Duration noProgress) {
    public static final StuckRule DEFAULT = new StuckRule(3, Duration.ofMinutes(10));

    public StuckRule {
        if (wrongAnswers < 1) {
            throw new IllegalArgumentException("wrong answers must be at least 1");
        }
        if (noProgress.isNegative() || noProgress.isZero()) {
            throw new IllegalArgumentException("the time without progress must be positive");
        }
    }

    /** Why the learner is stuck now, or empty when they are not. */
    public Optional<String> reason(LearnerTally learner, Instant now) {
        Optional<LearnerTally.OpenExercise> open = learner.openExercise();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        LearnerTally.OpenExercise e = open.get();
        if (e.wrongAnswers() >= wrongAnswers) {
            return Optional.of(e.wrongAnswers() + " wrong answers to " + e.item());
        }
        Duration in = Duration.between(e.openedAt(), now);
        if (in.compareTo(noProgress) >= 0) {
            return Optional.of(in.toMinutes() + " min on " + e.item() + " without solving it");
        }
        return Optional.empty();
    }
}
