package org.hygiene.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.events.LearnerEvent;
import org.junit.jupiter.api.Test;

/** Per-learner and per-exercise figures, and the stuck rule, on a room computed by hand. */
class ClassResultsTest {
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
    private static final String U = "03-ssrf";
    private static final String X = "first-ip";

    private final List<LearnerEvent> events = new ArrayList<>();

    private void at(int minutes, String who, LearnerEvent e) {
        events.add(e.at(T0.plus(Duration.ofMinutes(minutes))).by(who));
    }

    /**
     * ann: opens at 0, wrong at 1 and 2 (the same answer spaced differently), hint at 3, right at 4
     * (6 points): 4 min to solve. bob: opens at 1, right at 3: 2 min. cat: opens at 0, wrong at 5,
     * gives up at 6. dan: opens at 10, right at 16: 6 min. Median of 2, 4, 6 = 4 min.
     */
    private void room() {
        at(0, "ann", LearnerEvent.joined());
        at(0, "ann", LearnerEvent.exerciseOpened(U, X));
        at(1, "ann", LearnerEvent.answer(U, X, "10.0.0.1", false, 0));
        at(2, "ann", LearnerEvent.answer(U, X, " 10.0.0.1 ", false, 0));
        at(3, "ann", LearnerEvent.hint(U, X, 1));
        at(4, "ann", LearnerEvent.answer(U, X, "203.0.113.7", true, 6));
        at(1, "bob", LearnerEvent.exerciseOpened(U, X));
        at(3, "bob", LearnerEvent.answer(U, X, "203.0.113.7", true, 10));
        at(0, "cat", LearnerEvent.exerciseOpened(U, X));
        at(5, "cat", LearnerEvent.answer(U, X, "198.51.100.20", false, 0));
        at(6, "cat", LearnerEvent.gaveUp(U, X));
        at(10, "dan", LearnerEvent.exerciseOpened(U, X));
        at(16, "dan", LearnerEvent.answer(U, X, "203.0.113.7", true, 10));
        at(16, "dan", LearnerEvent.position(U, 120));
        at(40, "dan", LearnerEvent.unitDone(U));
    }

    @Test
    void perExerciseSolvedMedianTimeHintsAndCommonWrongAnswers() {
        room();
        ExerciseTally x = ClassResults.of(events, List.of()).exercises().get(0);
        assertThat(x.unit()).isEqualTo(U);
        assertThat(x.item()).isEqualTo(X);
        assertThat(x.tried()).isEqualTo(4);
        assertThat(x.solved()).isEqualTo(3);
        assertThat(x.gaveUp()).isEqualTo(1);
        assertThat(x.hints()).isEqualTo(1);
        assertThat(x.medianTimeToSolve()).contains(Duration.ofMinutes(4));
        assertThat(x.commonWrongAnswers(5))
                .containsExactly(
                        new ExerciseTally.WrongAnswer("10.0.0.1", 2),
                        new ExerciseTally.WrongAnswer("198.51.100.20", 1));
    }

    @Test
    void anEvenNumberOfSolversTakesTheMeanOfTheMiddleTwo() {
        room();
        at(20, "eve", LearnerEvent.exerciseOpened(U, X));
        at(28, "eve", LearnerEvent.answer(U, X, "203.0.113.7", true, 10));
        assertThat(ClassResults.of(events, List.of()).exercises().get(0).medianTimeToSolve())
                .contains(Duration.ofMinutes(5));
    }

    @Test
    void perLearnerPointsHintsWrongAnswersUnitsAndTimeSpent() {
        room();
        ClassResults r = ClassResults.of(events, List.of("zoe"));
        assertThat(r.learners())
                .extracting(LearnerTally::name)
                .containsExactly("ann", "bob", "cat", "dan", "zoe");
        LearnerTally ann = r.learner("ann").orElseThrow();
        assertThat(ann.exercisePoints()).isEqualTo(6);
        assertThat(ann.hints()).isEqualTo(1);
        assertThat(ann.wrongAnswers()).isEqualTo(2);
        assertThat(ann.timeSpent()).isEqualTo(Duration.ofMinutes(4));
        assertThat(ann.connected()).isTrue();
        LearnerTally dan = r.learner("dan").orElseThrow();
        // 10 to 16 (6 min) and 16 to 40 (24 min) are each counted up to the 5-minute cap.
        assertThat(dan.timeSpent()).isEqualTo(Duration.ofMinutes(10));
        assertThat(dan.unitsDone()).containsExactly(U);
        assertThat(dan.position()).contains(120L);
        assertThat(r.learner("zoe").orElseThrow().lastAction()).isEmpty();
    }

    @Test
    void gradedQuizScoresKeepTheBest() {
        at(0, "ann", LearnerEvent.quizGraded("check-3", 3, 5, 1, true));
        at(5, "ann", LearnerEvent.quizGraded("check-3", 4, 5, 2, true));
        at(9, "ann", LearnerEvent.quizGraded("check-3", 5, 5, 3, false));
        LearnerTally ann = ClassResults.of(events, List.of()).learner("ann").orElseThrow();
        assertThat(ann.quizScores().get("check-3").percent()).isEqualTo(80.0);
        assertThat(ann.unitsDone()).containsExactly("check-3");
    }

    @Test
    void stuckAfterThreeWrongAnswersOrTenMinutesInOneExercise() {
        at(0, "eve", LearnerEvent.exerciseOpened(U, X));
        at(1, "eve", LearnerEvent.answer(U, X, "a", false, 0));
        at(2, "eve", LearnerEvent.answer(U, X, "b", false, 0));
        at(0, "fay", LearnerEvent.exerciseOpened(U, X));
        at(1, "fay", LearnerEvent.query(U, X, "HttpProxy | take 5", 5));
        at(0, "gus", LearnerEvent.exerciseOpened(U, X));
        at(1, "gus", LearnerEvent.position(U, 30));
        at(0, "hal", LearnerEvent.exerciseOpened(U, X));
        at(1, "hal", LearnerEvent.answer(U, X, "a", false, 0));
        at(2, "hal", LearnerEvent.answer(U, X, "b", false, 0));
        at(3, "hal", LearnerEvent.answer(U, X, "c", false, 0));
        Instant now = T0.plus(Duration.ofMinutes(9));
        ClassResults r = ClassResults.of(events, List.of());
        assertThat(r.stuck(StuckRule.DEFAULT, now))
                .isEqualTo(Map.of("hal", "3 wrong answers to first-ip"));
        assertThat(r.stuck(StuckRule.DEFAULT, now.plus(Duration.ofMinutes(3))))
                .isEqualTo(
                        Map.of(
                                "eve", "12 min on first-ip without solving it",
                                "fay", "12 min on first-ip without solving it",
                                "hal", "3 wrong answers to first-ip"));
        assertThat(r.stuck(new StuckRule(2, Duration.ofHours(1)), now))
                .containsOnlyKeys("eve", "hal");
    }
}
