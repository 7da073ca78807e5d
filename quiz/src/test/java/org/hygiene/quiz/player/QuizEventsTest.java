package org.hygiene.quiz.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.engine.Response;
import org.hygiene.quiz.format.QuizParser;
import org.hygiene.quiz.model.Quiz;
import org.junit.jupiter.api.Test;

class QuizEventsTest {
    private static final Quiz QUIZ =
            QuizParser.parseFile(
                            "demo.md",
                            """
                            ---
                            id: demo
                            title: Demo check
                            shuffle: true
                            ---

                            ## Which CVE is the SSRF? {id=ssrf}

                            1. [ ] CVE-2021-26857
                            1. [x] CVE-2021-26855
                            1. [ ] CVE-2021-27065

                            ## Which are file writes? {id=writes}

                            - [x] CVE-2021-26858
                            - [x] CVE-2021-27065
                            - [ ] CVE-2021-26855
                            """)
                    .quiz();

    private final Attempt attempt =
            new Attempt(Paper.draw(QUIZ, 7), Attempt.Kind.GRADED, Instant.EPOCH);

    @Test
    void eachChangedAnswerIsSentOnceWithOptionsInFileOrder() {
        Map<String, Response> reported = new HashMap<>();
        attempt.answer("ssrf", new Response.Choice(Set.of(1)));
        List<LearnerEvent> first = QuizEvents.newAnswers("q3", attempt, reported);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).kind()).isEqualTo(LearnerEventKind.QUIZ_ANSWER);
        assertThat(first.get(0).item()).isEqualTo("ssrf");
        assertThat(first.get(0).choices()).containsExactly("b");
        assertThat(first.get(0).correct()).isTrue();
        assertThat(QuizEvents.newAnswers("q3", attempt, reported)).isEmpty();
        attempt.answer("writes", new Response.Choice(Set.of(2, 0)));
        List<LearnerEvent> second = QuizEvents.newAnswers("q3", attempt, reported);
        assertThat(second)
                .singleElement()
                .satisfies(e -> assertThat(e.choices()).containsExactly("a", "c"));
        assertThat(second.get(0).correct()).isFalse();
    }

    @Test
    void submittingGivesEveryQuestionsMarkThenTheGrade() {
        attempt.answer("ssrf", new Response.Choice(Set.of(0)));
        List<LearnerEvent> events = QuizEvents.submitted("q3", attempt, attempt.grade());
        assertThat(events)
                .extracting(LearnerEvent::kind)
                .containsExactly(
                        LearnerEventKind.QUIZ_MARK,
                        LearnerEventKind.QUIZ_MARK,
                        LearnerEventKind.QUIZ_GRADED);
        LearnerEvent unanswered =
                events.stream().filter(e -> "writes".equals(e.item())).findFirst().orElseThrow();
        assertThat(unanswered.choices()).isEmpty();
        assertThat(unanswered.correct()).isFalse();
        assertThat(unanswered.number()).isEqualTo(7L);
        assertThat(unanswered.graded()).isTrue();
        assertThat(events.get(2).points()).isZero();
        assertThat(events.get(2).maxPoints()).isEqualTo(2.0);
    }
}
