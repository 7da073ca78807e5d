package org.hygiene.core.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hygiene.core.events.LearnerEvent;
import org.junit.jupiter.api.Test;

class EventLineTest {
    private static final Instant T = Instant.parse("2026-12-03T09:14:02Z");

    @Test
    void eachKindReadsAsOneLineWithTheLearnersTextQuotedAndCleaned() {
        assertThat(
                        EventLine.of(
                                LearnerEvent.answer("03", "first-ip", "10.0.0.1\u001b[2J", false, 0)
                                        .at(T)
                                        .by("ada"),
                                ZoneOffset.UTC))
                .isEqualTo("09:14:02  ada answered first-ip (03): wrong \"10.0.0.1^[[2J\"");
        assertThat(
                        EventLine.of(
                                LearnerEvent.quizAnswer("q3", "ssrf", List.of("a", "c"), false)
                                        .at(T)
                                        .by("bob"),
                                ZoneOffset.UTC))
                .isEqualTo("09:14:02  bob answered ssrf (q3): a,c (wrong)");
        assertThat(
                        EventLine.of(
                                LearnerEvent.quizGraded("q3", 3.5, 5, 7, true).at(T).by("cat"),
                                ZoneOffset.UTC))
                .isEqualTo("09:14:02  cat submitted quiz q3: 3.50/5 (graded)");
    }
}
