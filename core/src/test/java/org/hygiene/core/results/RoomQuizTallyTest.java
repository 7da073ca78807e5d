package org.hygiene.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.results.RoomQuizTally.Stage;
import org.junit.jupiter.api.Test;

class RoomQuizTallyTest {
    static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    static LearnerEvent at(int second, String who, LearnerEvent e) {
        return e.at(START.plusSeconds(second)).by(who);
    }

    @Test
    void countsEachLearnersLatestAnswerFromTheQuizStartOnAndKnowsWhoSubmitted() {
        List<LearnerEvent> events =
                List.of(
                        // Before the trainer started the room's quiz: not counted.
                        at(-60, "ada", LearnerEvent.quizStarted("q", 1, true)),
                        at(-50, "ada", LearnerEvent.quizAnswer("q", "q1", List.of("c"), false)),
                        at(1, "ada", LearnerEvent.quizStarted("q", 7, true)),
                        at(2, "ada", LearnerEvent.quizAnswer("q", "q1", List.of("a"), false)),
                        at(3, "ada", LearnerEvent.quizAnswer("q", "q1", List.of("b"), true)),
                        at(4, "ada", LearnerEvent.quizAnswer("q", "q2", List.of("a", "c"), true)),
                        at(5, "bob", LearnerEvent.quizStarted("q", 7, true)),
                        at(6, "bob", LearnerEvent.quizAnswer("q", "q1", List.of("b"), true)),
                        // Another quiz's answers do not count.
                        at(7, "bob", LearnerEvent.quizAnswer("other", "q1", List.of("d"), true)),
                        at(
                                8,
                                "ada",
                                LearnerEvent.quizMark(
                                        "q", "q1", List.of("b"), true, 1, 1, 7, true)),
                        at(
                                8,
                                "ada",
                                LearnerEvent.quizMark(
                                        "q", "q2", List.of("a", "c"), true, 1, 1, 7, true)),
                        at(9, "ada", LearnerEvent.quizGraded("q", 2, 2.5, 7, true)));

        RoomQuizTally tally = RoomQuizTally.of(events, "q", START, List.of("ada", "bob", "cy"));

        assertThat(tally.learners())
                .containsExactly(
                        new RoomQuizTally.LearnerState("ada", Stage.SUBMITTED, 2, 80.0),
                        new RoomQuizTally.LearnerState("bob", Stage.ANSWERING, 1, null),
                        new RoomQuizTally.LearnerState("cy", Stage.NOT_STARTED, 0, null));
        assertThat(tally.distribution("q1")).containsExactly(java.util.Map.entry("b", 2));
        assertThat(tally.distribution("q2"))
                .containsExactly(java.util.Map.entry("a", 1), java.util.Map.entry("c", 1));
        assertThat(tally.answeredBy("q1")).isEqualTo(2);
        assertThat(tally.count(Stage.NOT_STARTED)).isEqualTo(1);
    }

    @Test
    void startingAgainForgetsTheEarlierAttemptsAnswers() {
        List<LearnerEvent> events =
                List.of(
                        at(1, "ada", LearnerEvent.quizStarted("q", 7, false)),
                        at(2, "ada", LearnerEvent.quizAnswer("q", "q1", List.of("a"), false)),
                        at(3, "ada", LearnerEvent.quizStarted("q", 7, false)));

        RoomQuizTally tally = RoomQuizTally.of(events, "q", START, List.of());

        assertThat(tally.distribution("q1")).isEmpty();
        assertThat(tally.learners())
                .containsExactly(new RoomQuizTally.LearnerState("ada", Stage.ANSWERING, 0, null));
    }
}
