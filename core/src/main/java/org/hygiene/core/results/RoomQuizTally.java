package org.hygiene.core.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;

/**
 * The quiz the trainer runs for the room, as it goes: who has started, how many questions each has
 * answered, who has submitted with what score, and per question how often each answer was chosen.
 * Only events of the quiz's unit from its start on count; a learner who starts again (a new
 * attempt) counts with their latest attempt.
 */
public final class RoomQuizTally {
    /** Where one learner is in the room's quiz. */
    public enum Stage {
        NOT_STARTED,
        ANSWERING,
        SUBMITTED
    }

    /** One learner's place in the quiz; {@code percent} is set once they have submitted. */
    public record LearnerState(String learner, Stage stage, int answered, Double percent) {}

    private final Map<String, LearnerState> learners;
    private final Map<String, Map<String, List<String>>> answers;

    private RoomQuizTally(
            Map<String, LearnerState> learners, Map<String, Map<String, List<String>>> answers) {
        this.learners = learners;
        this.answers = answers;
    }

    /**
     * Fold {@code events} for the quiz of {@code unit} started at {@code started}; {@code room}
     * names the learners expected to take it (those with no event show as not started).
     */
    public static RoomQuizTally of(
            List<LearnerEvent> events, String unit, Instant started, Collection<String> room) {
        Map<String, LearnerState> states = new TreeMap<>();
        Map<String, Map<String, List<String>>> answers = new TreeMap<>();
        for (String name : room) {
            states.put(name, new LearnerState(name, Stage.NOT_STARTED, 0, null));
        }
        for (LearnerEvent e : events) {
            if (e.learner() == null
                    || !unit.equals(e.unit())
                    || e.at() == null
                    || e.at().isBefore(started)) {
                continue;
            }
            String who = e.learner();
            Map<String, List<String>> mine =
                    answers.computeIfAbsent(who, k -> new LinkedHashMap<>());
            switch (e.kind()) {
                case QUIZ_STARTED -> {
                    mine.clear();
                    states.put(who, new LearnerState(who, Stage.ANSWERING, 0, null));
                }
                case QUIZ_ANSWER, QUIZ_MARK -> {
                    if (e.item() != null) {
                        mine.put(e.item(), e.choices() == null ? List.of() : e.choices());
                    }
                    if (e.kind() == LearnerEventKind.QUIZ_ANSWER) {
                        states.put(
                                who, new LearnerState(who, Stage.ANSWERING, answered(mine), null));
                    }
                }
                case QUIZ_GRADED -> {
                    double max = e.maxPoints() == null ? 0 : e.maxPoints();
                    double points = e.points() == null ? 0 : e.points();
                    states.put(
                            who,
                            new LearnerState(
                                    who,
                                    Stage.SUBMITTED,
                                    answered(mine),
                                    max == 0 ? 0 : 100 * points / max));
                }
                default -> {
                    // Other events say nothing about the quiz.
                }
            }
        }
        return new RoomQuizTally(states, answers);
    }

    private static int answered(Map<String, List<String>> mine) {
        return (int) mine.values().stream().filter(c -> !c.isEmpty()).count();
    }

    /** Every learner of the room and those who took part, by name. */
    public List<LearnerState> learners() {
        return new ArrayList<>(learners.values());
    }

    public long count(Stage stage) {
        return learners.values().stream().filter(s -> s.stage() == stage).count();
    }

    /**
     * How often each answer was chosen for {@code item}, over every learner's latest answer (a
     * multiple-answer question counts each option chosen); answers are option letters in file
     * order, or the typed text.
     */
    public Map<String, Integer> distribution(String item) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, List<String>> mine : answers.values()) {
            for (String choice : mine.getOrDefault(item, List.of())) {
                counts.merge(choice, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Learners who have answered {@code item} (with anything). */
    public int answeredBy(String item) {
        int n = 0;
        for (Map<String, List<String>> mine : answers.values()) {
            if (!mine.getOrDefault(item, List.of()).isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /** The items answered so far by anyone, for quizzes whose questions are not known. */
    public List<String> itemsSeen() {
        TreeSet<String> items = new TreeSet<>();
        answers.values().forEach(m -> items.addAll(m.keySet()));
        return new ArrayList<>(items);
    }
}
