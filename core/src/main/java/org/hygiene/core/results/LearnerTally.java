package org.hygiene.core.results;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hygiene.core.events.LearnerEvent;

/**
 * One learner's figures, folded from their events in order: where they are, what they have done and
 * scored, and the exercise they are working in (for the stuck rule).
 */
public final class LearnerTally {
    /**
     * Gaps between two actions count towards time spent up to this much: a learner away for an hour
     * has not worked for an hour.
     */
    public static final Duration IDLE_CAP = Duration.ofMinutes(5);

    /** A quiz's graded score: points of maximum. */
    public record QuizScore(double points, double maxPoints) {
        public double percent() {
            return maxPoints == 0 ? 0 : 100 * points / maxPoints;
        }
    }

    /** The exercise the learner is in and has not finished. */
    public record OpenExercise(String unit, String item, Instant openedAt, int wrongAnswers) {}

    private final String name;
    private boolean connected;
    private String unit;
    private Long position;
    private final Set<String> unitsDone = new LinkedHashSet<>();
    private final Map<String, Double> exercisePoints = new LinkedHashMap<>();
    private int hints;
    private int wrongAnswers;
    private final Map<String, QuizScore> quizScores = new LinkedHashMap<>();
    private Instant firstAt;
    private Instant lastAt;
    private Duration timeSpent = Duration.ZERO;
    private OpenExercise open;

    LearnerTally(String name) {
        this.name = name;
    }

    void add(LearnerEvent e) {
        if (e.at() != null) {
            if (lastAt != null && e.at().isAfter(lastAt)) {
                Duration gap = Duration.between(lastAt, e.at());
                timeSpent = timeSpent.plus(gap.compareTo(IDLE_CAP) > 0 ? IDLE_CAP : gap);
            }
            if (firstAt == null) {
                firstAt = e.at();
            }
            if (lastAt == null || e.at().isAfter(lastAt)) {
                lastAt = e.at();
            }
        }
        if (e.unit() != null) {
            unit = e.unit();
        }
        switch (e.kind()) {
            case JOINED -> connected = true;
            case LEFT -> {
                connected = false;
                open = null;
            }
            case UNIT_OPENED -> {
                position = null;
                open = null;
            }
            case POSITION -> {
                position = e.number();
                open = null;
            }
            case UNIT_DONE -> unitsDone.add(e.unit());
            case EXERCISE_OPENED -> open = new OpenExercise(e.unit(), e.item(), e.at(), 0);
            case ANSWER -> answer(e);
            case HINT -> hints++;
            case GAVE_UP -> open = null;
            case QUIZ_GRADED -> graded(e);
            default -> {
                // Quiz answers and marks count in the item analysis, not here.
            }
        }
    }

    private void answer(LearnerEvent e) {
        if (Boolean.TRUE.equals(e.correct())) {
            exercisePoints.put(e.unit() + "/" + e.item(), e.points() == null ? 0 : e.points());
            open = null;
            return;
        }
        wrongAnswers++;
        if (open != null && open.item().equals(e.item())) {
            open =
                    new OpenExercise(
                            open.unit(), open.item(), open.openedAt(), open.wrongAnswers() + 1);
        }
    }

    private void graded(LearnerEvent e) {
        if (!Boolean.TRUE.equals(e.graded()) || e.points() == null || e.maxPoints() == null) {
            return;
        }
        QuizScore score = new QuizScore(e.points(), e.maxPoints());
        quizScores.merge(e.unit(), score, (a, b) -> b.percent() > a.percent() ? b : a);
        unitsDone.add(e.unit());
    }

    public String name() {
        return name;
    }

    public boolean connected() {
        return connected;
    }

    /** The unit of the learner's last action, if any. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    /** The top line of the lesson page they last read, if they are reading one. */
    public Optional<Long> position() {
        return Optional.ofNullable(position);
    }

    public Set<String> unitsDone() {
        return Collections.unmodifiableSet(unitsDone);
    }

    /** Points of every exercise solved (a solved exercise counts once). */
    public double exercisePoints() {
        return exercisePoints.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public int exercisesSolved() {
        return exercisePoints.size();
    }

    public int hints() {
        return hints;
    }

    public int wrongAnswers() {
        return wrongAnswers;
    }

    /** The best graded score of each quiz, by unit id. */
    public Map<String, QuizScore> quizScores() {
        return Collections.unmodifiableMap(quizScores);
    }

    public Optional<Instant> lastAction() {
        return Optional.ofNullable(lastAt);
    }

    /** Time between actions, each gap counted up to {@link #IDLE_CAP}. */
    public Duration timeSpent() {
        return timeSpent;
    }

    public Optional<OpenExercise> openExercise() {
        return Optional.ofNullable(open);
    }
}
