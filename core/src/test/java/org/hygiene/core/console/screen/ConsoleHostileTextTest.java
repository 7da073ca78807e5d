package org.hygiene.core.console.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.CourseLabels;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Learner text shown on the trainer's console carries no control sequence of its own. */
class ConsoleHostileTextTest {
    static final String HOSTILE = "x\u001b]0;PWNED\u0007\u001b[2J\u009b31m\u202eevil\u200b";

    @Test
    void wrongAnswersAndQueriesReachTheConsoleCleaned() {
        Instant t = Instant.parse("2026-12-03T10:00:00Z");
        List<LearnerEvent> events =
                List.of(
                        LearnerEvent.exerciseOpened("u", "ex").at(t).by("ada"),
                        LearnerEvent.query("u", "ex", HOSTILE, 3).at(t).by("ada"),
                        LearnerEvent.answer("u", "ex", HOSTILE, false, 0).at(t).by("ada"));
        ClassResults results = ClassResults.of(events, List.of("ada"));
        List<AttributedString> shown = new ArrayList<>();
        shown.addAll(
                ExercisesView.render(
                        results.exercises(), CourseLabels.NONE, 0, 80, 20, Theme.MONO));
        shown.addAll(
                TimelineView.render(
                        TimelineView.lines(events, "ada", ZoneOffset.UTC), 0, 80, 20, Theme.MONO));
        String text = String.join("\n", shown.stream().map(AttributedString::toString).toList());
        assertThat(text).contains("PWNED").contains("evil");
        assertThat(text.chars())
                .noneMatch(
                        c ->
                                c == 0x1b
                                        || c == 0x07
                                        || (c >= 0x80 && c <= 0x9f)
                                        || c == 0x202e
                                        || c == 0x200b);
    }
}
