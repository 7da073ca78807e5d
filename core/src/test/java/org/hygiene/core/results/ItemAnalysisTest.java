package org.hygiene.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hygiene.core.events.LearnerEvent;
import org.junit.jupiter.api.Test;

/**
 * Item analysis against a table computed by hand: ten learners, five questions of one point. The
 * upper and lower groups are 27% of ten, rounded: three learners each.
 *
 * <pre>
 *        q1 q2 q3 q4 q5  total   rank (ties by name)
 *  L01    1  1  1  1  0    4     1  upper
 *  L02    1  1  1  0  0    3     2  upper
 *  L03    1  1  0  1  0    3     3  upper
 *  L04    1  0  1  1  0    3     4
 *  L05    1  1  0  0  0    2     5
 *  L06    1  0  1  0  0    2     6
 *  L07    1  0  0  1  0    2     7
 *  L09    0  0  0  1  1    2     8  lower
 *  L10    1  0  0  0  1    2     9  lower
 *  L08    1  -  -  -  -    1    10  lower   (- = left blank)
 *
 *  facility     .9  .4  .4  .5  .2
 *  upper share 3/3 3/3 2/3 2/3 0/3
 *  lower share 2/3 0/3 0/3 1/3 2/3
 *  D           1/3  1  2/3 1/3 -2/3
 * </pre>
 */
class ItemAnalysisTest {
    private static final String[] TABLE = {
        "L01 1 1 1 1 0",
        "L02 1 1 1 0 0",
        "L03 1 1 0 1 0",
        "L04 1 0 1 1 0",
        "L05 1 1 0 0 0",
        "L06 1 0 1 0 0",
        "L07 1 0 0 1 0",
        "L08 1 - - - -",
        "L09 0 0 0 1 1",
        "L10 1 0 0 0 1",
    };

    static List<LearnerEvent> attempts() {
        List<LearnerEvent> events = new ArrayList<>();
        Instant t = Instant.parse("2026-12-03T10:00:00Z");
        for (String row : TABLE) {
            String[] f = row.split(" ");
            String who = f[0];
            events.add(LearnerEvent.quizStarted("check-3", 42, true).at(t).by(who));
            int total = 0;
            for (int q = 1; q <= 5; q++) {
                String cell = f[q];
                boolean right = cell.equals("1");
                total += right ? 1 : 0;
                List<String> chosen = cell.equals("-") ? List.of() : List.of(right ? "b" : "a");
                events.add(
                        LearnerEvent.quizMark(
                                        "check-3",
                                        "q" + q,
                                        chosen,
                                        right,
                                        right ? 1 : 0,
                                        1,
                                        42,
                                        true)
                                .at(t)
                                .by(who));
            }
            events.add(LearnerEvent.quizGraded("check-3", total, 5, 42, true).at(t).by(who));
        }
        // A second graded attempt and a practice one do not count: only each first graded one.
        events.add(LearnerEvent.quizStarted("check-3", 43, true).at(t).by("L08"));
        for (int q = 1; q <= 5; q++) {
            events.add(
                    LearnerEvent.quizMark("check-3", "q" + q, List.of("b"), true, 1, 1, 43, true)
                            .at(t)
                            .by("L08"));
        }
        events.add(LearnerEvent.quizGraded("check-3", 5, 5, 43, true).at(t).by("L08"));
        events.add(LearnerEvent.quizStarted("check-3", 44, false).at(t).by("L09"));
        events.add(
                LearnerEvent.quizMark("check-3", "q5", List.of("a"), false, 0, 1, 44, false)
                        .at(t)
                        .by("L09"));
        events.add(LearnerEvent.quizGraded("check-3", 0, 5, 44, false).at(t).by("L09"));
        return events;
    }

    @Test
    void facilityDiscriminationAndFlagsMatchTheHandComputedTable() {
        List<QuestionStats> stats = ItemAnalysis.of(attempts());

        assertThat(stats)
                .extracting(QuestionStats::item)
                .containsExactly("q1", "q2", "q3", "q4", "q5");
        assertThat(stats).allSatisfy(s -> assertThat(s.attempts()).isEqualTo(10));
        assertThat(stats)
                .extracting(QuestionStats::facility)
                .containsExactly(0.9, 0.4, 0.4, 0.5, 0.2);
        double[] d = {1 / 3.0, 1, 2 / 3.0, 1 / 3.0, -2 / 3.0};
        for (int i = 0; i < 5; i++) {
            assertThat(stats.get(i).discrimination().orElseThrow()).isCloseTo(d[i], within(1e-9));
        }
        assertThat(stats.get(0).flags()).containsExactly(QuestionStats.Flag.VERY_EASY);
        assertThat(stats.get(1).flags()).isEmpty();
        assertThat(stats.get(4).flags())
                .isEqualTo(
                        Set.of(
                                QuestionStats.Flag.VERY_HARD,
                                QuestionStats.Flag.NEGATIVE_DISCRIMINATION));
    }

    @Test
    void optionFrequenciesCountEachChoiceAndBlanksApart() {
        QuestionStats q2 = ItemAnalysis.of(attempts()).get(1);
        assertThat(q2.choices()).isEqualTo(Map.of("b", 4, "a", 5));
        assertThat(q2.blank()).isEqualTo(1);
        QuestionStats q1 = ItemAnalysis.of(attempts()).get(0);
        assertThat(q1.choices()).isEqualTo(Map.of("b", 9, "a", 1));
        assertThat(q1.blank()).isZero();
    }

    @Test
    void oneAttemptHasNoDiscrimination() {
        List<LearnerEvent> one = attempts().subList(0, 7);
        QuestionStats q1 = ItemAnalysis.of(one).get(0);
        assertThat(q1.attempts()).isEqualTo(1);
        assertThat(q1.discrimination()).isEmpty();
    }

    @Test
    void anAttemptNeverSubmittedCountsForNothing() {
        List<LearnerEvent> started = new ArrayList<>(attempts().subList(0, 6));
        assertThat(ItemAnalysis.of(started)).isEmpty();
    }
}
