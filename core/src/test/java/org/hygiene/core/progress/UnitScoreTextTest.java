package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quiz's partial credit shows on the map as the quiz itself showed it, not rounded down. */
class UnitScoreTextTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static QuizRecord.Graded graded(double points, double max) {
        return new QuizRecord.Graded(
                "a1", 7, T0, T0.plusSeconds(60), points, max, 100 * points / max, false, List.of());
    }

    @Test
    void aQuizKeepsItsPartialCreditToTwoDecimals() {
        UnitProgress quiz = new Progress("ada").unit("check");
        quiz.quiz().record(graded(2.1666666, 5));

        assertThat(quiz.scoreText()).isEqualTo("2.17/5");
        assertThat(quiz.score()).as("totals still round down").isEqualTo(2);
    }

    @Test
    void wholePointsHaveNoFraction() {
        UnitProgress quiz = new Progress("ada").unit("check");
        quiz.quiz().record(graded(4.0, 5));

        assertThat(quiz.scoreText()).isEqualTo("4/5");
        assertThat(org.hygiene.core.text.PointsText.format(2.5)).isEqualTo("2.5");
        assertThat(org.hygiene.core.text.PointsText.format(0)).isEqualTo("0");
    }
}
