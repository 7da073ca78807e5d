package org.hygiene.lessons.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hygiene.core.progress.ItemProgress;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.lessons.exercise.answer.Verdict;
import org.junit.jupiter.api.Test;

class ExerciseSessionTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private final UnitProgress unit = new UnitProgress();
    private final AtomicInteger saves = new AtomicInteger();
    private final ExerciseSession session =
            new ExerciseSession(Exercises.ip(), unit, () -> NOW, saves::incrementAndGet);

    @Test
    void startsUnsolvedAndCountsTowardsTheMaximum() {
        ItemProgress item = unit.findItem("attacker-ip").orElseThrow();
        assertThat(item.solved).isFalse();
        assertThat(item.points).isZero();
        assertThat(item.maxPoints).isEqualTo(10);
        assertThat(unit.maxScore).isEqualTo(10);
        assertThat(session.state()).isEqualTo(ExerciseSession.State.UNSOLVED);
    }

    @Test
    void aRightAnswerScoresAllPointsWithoutHints() {
        assertThat(session.answer("203.0.113[.]7").isCorrect()).isTrue();
        ItemProgress item = session.progress();
        assertThat(item.solved).isTrue();
        assertThat(item.points).isEqualTo(10);
        assertThat(item.attempts).isEqualTo(1);
        assertThat(item.solvedAt).isEqualTo(NOW);
        assertThat(unit.score).isEqualTo(10);
        assertThat(saves.get()).isEqualTo(1);
    }

    @Test
    void hintsCostPointsButNeverBelowZero() {
        assertThat(session.nextHint().orElseThrow().cost()).isEqualTo(4);
        assertThat(session.pointsAfterNextHint()).isEqualTo(6);
        session.takeHint();
        assertThat(session.pointsNow()).isEqualTo(6);
        session.takeHint();
        assertThat(session.pointsNow()).isZero();
        assertThat(session.takeHint()).isEmpty();
        assertThat(session.progress().hintsUsed).isEqualTo(2);
        session.answer("203.0.113.7");
        assertThat(session.progress().points).isZero();
        assertThat(session.state()).isEqualTo(ExerciseSession.State.SOLVED);
    }

    @Test
    void wrongAnswersCountAsAttemptsButWrongFormsDoNot() {
        assertThat(session.answer("198.51.100.20").message()).isEqualTo("That one only scanned.");
        assertThat(session.answer("not an ip").kind()).isEqualTo(Verdict.Kind.WRONG_FORM);
        assertThat(session.progress().attempts).isEqualTo(1);
        session.takeHint();
        assertThat(session.answer("203.0.113.7").isCorrect()).isTrue();
        assertThat(session.progress().attempts).isEqualTo(2);
        assertThat(session.progress().points).isEqualTo(6);
        assertThat(unit.score).isEqualTo(6);
    }

    @Test
    void givingUpScoresNothingAndLaterAnswersChangeNothing() {
        session.takeHint();
        session.giveUp();
        assertThat(session.state()).isEqualTo(ExerciseSession.State.GAVE_UP);
        assertThat(session.progress().gaveUp).isTrue();
        assertThat(session.answer("203.0.113.7").isCorrect()).isTrue();
        assertThat(session.progress().solved).isFalse();
        assertThat(session.progress().points).isZero();
        assertThat(session.progress().attempts).isZero();
        assertThat(unit.score).isZero();
    }

    @Test
    void aSolvedExerciseStaysSolved() {
        session.answer("203.0.113.7");
        session.giveUp();
        session.answer("1.2.3.4");
        assertThat(session.state()).isEqualTo(ExerciseSession.State.SOLVED);
        assertThat(session.progress().points).isEqualTo(10);
        assertThat(session.progress().attempts).isEqualTo(1);
    }

    @Test
    void registeringAllExercisesSetsTheUnitMaximumOnce() {
        UnitProgress fresh = new UnitProgress();
        Exercise other =
                Exercises.parse(
                        Exercises.IP_BLOCK
                                .replace("attacker-ip", "second")
                                .replace("points: 10", "points: 5"));
        assertThat(ExerciseSession.registerAll(List.of(Exercises.ip(), other), fresh)).isTrue();
        assertThat(fresh.maxScore).isEqualTo(15);
        assertThat(fresh.score).isZero();
        assertThat(ExerciseSession.registerAll(List.of(Exercises.ip(), other), fresh)).isFalse();
    }

    @Test
    void resumingKeepsEarlierProgress() {
        session.takeHint();
        session.answer("198.51.100.20");
        ExerciseSession again = new ExerciseSession(Exercises.ip(), unit, () -> NOW, () -> {});
        assertThat(again.progress().hintsUsed).isEqualTo(1);
        assertThat(again.progress().attempts).isEqualTo(1);
        assertThat(again.pointsNow()).isEqualTo(6);
    }
}
