package org.hygiene.lessons.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;
import org.hygiene.core.progress.UnitProgress;
import org.junit.jupiter.api.Test;

class ExerciseEventsTest {
    private final List<LearnerEvent> events = new ArrayList<>();
    private final ExerciseSession session =
            new ExerciseSession(
                    Exercises.ip(),
                    new UnitProgress(),
                    () -> Instant.EPOCH,
                    () -> {},
                    "03-ssrf",
                    events::add);

    @Test
    void answersHintsAndGivingUpAreEventsWithTheTextAndTheVerdict() {
        session.answer("198.51.100.20");
        session.answer("not an ip");
        session.takeHint();
        session.answer("203.0.113.7");
        session.giveUp();
        assertThat(events)
                .extracting(LearnerEvent::kind)
                .containsExactly(
                        LearnerEventKind.ANSWER, LearnerEventKind.HINT, LearnerEventKind.ANSWER);
        assertThat(events.get(0).text()).isEqualTo("198.51.100.20");
        assertThat(events.get(0).correct()).isFalse();
        assertThat(events.get(0).unit()).isEqualTo("03-ssrf");
        assertThat(events.get(0).item()).isEqualTo("attacker-ip");
        assertThat(events.get(1).number()).isEqualTo(1L);
        assertThat(events.get(2).correct()).isTrue();
        assertThat(events.get(2).points()).isEqualTo(6.0);
    }

    @Test
    void givingUpIsAnEventOnce() {
        session.giveUp();
        session.giveUp();
        assertThat(events).extracting(LearnerEvent::kind).containsExactly(LearnerEventKind.GAVE_UP);
    }
}
