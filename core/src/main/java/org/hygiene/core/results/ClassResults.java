package org.hygiene.core.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hygiene.core.events.LearnerEvent;

/**
 * Everything the console and the reports show, computed from a class's events: one tally per
 * learner, per exercise, and the item analysis of every quiz question.
 */
public final class ClassResults {
    private final Map<String, LearnerTally> learners;
    private final List<ExerciseTally> exercises;
    private final List<QuestionStats> questions;

    private ClassResults(
            Map<String, LearnerTally> learners,
            List<ExerciseTally> exercises,
            List<QuestionStats> questions) {
        this.learners = learners;
        this.exercises = exercises;
        this.questions = questions;
    }

    /** Fold {@code events} (in journal order); {@code roster} names learners with no events yet. */
    public static ClassResults of(List<LearnerEvent> events, List<String> roster) {
        Map<String, LearnerTally> learners = new TreeMap<>();
        roster.forEach(name -> learners.put(name, new LearnerTally(name)));
        Map<String, ExerciseTally> exercises = new LinkedHashMap<>();
        for (LearnerEvent e : events) {
            if (e.learner() == null) {
                continue;
            }
            learners.computeIfAbsent(e.learner(), LearnerTally::new).add(e);
            if (e.item() != null && isExercise(e)) {
                exercises
                        .computeIfAbsent(
                                e.unit() + "/" + e.item(),
                                k -> new ExerciseTally(e.unit(), e.item()))
                        .add(e);
            }
        }
        return new ClassResults(
                learners, new ArrayList<>(exercises.values()), ItemAnalysis.of(events));
    }

    private static boolean isExercise(LearnerEvent e) {
        return switch (e.kind()) {
            case EXERCISE_OPENED, QUERY, ANSWER, HINT, GAVE_UP -> true;
            default -> false;
        };
    }

    /** Every learner, by name. */
    public List<LearnerTally> learners() {
        return List.copyOf(learners.values());
    }

    public Optional<LearnerTally> learner(String name) {
        return Optional.ofNullable(learners.get(name));
    }

    /** Every exercise tried or opened, in the order first met. */
    public List<ExerciseTally> exercises() {
        return exercises;
    }

    public List<QuestionStats> questions() {
        return questions;
    }

    /** The quiz units with a graded score, in the order first met, for report columns. */
    public List<String> gradedQuizzes() {
        List<String> units = new ArrayList<>();
        for (LearnerTally l : learners.values()) {
            for (String unit : l.quizScores().keySet()) {
                if (!units.contains(unit)) {
                    units.add(unit);
                }
            }
        }
        return units;
    }

    /** Learners stuck now under {@code rule}, with why. */
    public Map<String, String> stuck(StuckRule rule, Instant now) {
        Map<String, String> stuck = new TreeMap<>();
        for (LearnerTally l : learners.values()) {
            rule.reason(l, now).ifPresent(why -> stuck.put(l.name(), why));
        }
        return stuck;
    }
}
