package org.hygiene.core.console;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One learner as the trainer's console shows them.
 *
 * @param unitNumber the place in the course of the unit they are in (1 first), or 0 when none yet:
 *     for sorting; {@code unitTitle} is its name as the map shows it
 * @param place where in the unit: the line they read, or the exercise they are in; empty if none
 * @param quizPercents the best graded score of each quiz they took, by quiz number, in course order
 * @param idle time since their last action, or null when they have done nothing yet
 * @param stuck why they look stuck, or null
 */
public record RoomRow(
        String name,
        boolean connected,
        int unitNumber,
        String unitTitle,
        String place,
        int unitsDone,
        double points,
        int hints,
        int wrongAnswers,
        List<QuizPercent> quizPercents,
        Duration idle,
        String stuck) {

    /** A quiz's best graded score. */
    public record QuizPercent(String unitTitle, double percent) {}

    public RoomRow {
        quizPercents = List.copyOf(quizPercents);
    }

    public Optional<String> stuckReason() {
        return Optional.ofNullable(stuck);
    }

    /** The mean of the quiz scores, or empty when none was graded. */
    public Optional<Double> quizMean() {
        return quizPercents.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        quizPercents.stream()
                                .mapToDouble(QuizPercent::percent)
                                .average()
                                .orElse(0));
    }
}
