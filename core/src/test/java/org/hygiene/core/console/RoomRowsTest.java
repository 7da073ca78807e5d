package org.hygiene.core.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.StuckRule;
import org.hygiene.core.testing.CourseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoomRowsTest {
    static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    @TempDir Path dir;

    Course course() throws Exception {
        new CourseFolder(dir)
                .file(
                        "course.md",
                        "# C\n\n# Part\n- [One](lessons/01.md)\n- [Two](lessons/02.md)\n")
                .lesson("lessons/01.md", "one", "First lesson", 3)
                .lesson("lessons/02.md", "two", "Second lesson", 3);
        return CourseLoader.load(dir);
    }

    static LearnerEvent at(int minute, String who, LearnerEvent e) {
        return e.at(T0.plus(Duration.ofMinutes(minute))).by(who);
    }

    @Test
    void rowsPlaceEachLearnerFlagTheStuckAndSortAsAsked() throws Exception {
        List<LearnerEvent> events =
                List.of(
                        at(0, "ada", LearnerEvent.joined()),
                        at(1, "ada", LearnerEvent.unitOpened("two")),
                        at(2, "ada", LearnerEvent.exerciseOpened("two", "ex1")),
                        at(3, "ada", LearnerEvent.answer("two", "ex1", "x", false, 0)),
                        at(4, "ada", LearnerEvent.answer("two", "ex1", "y", false, 0)),
                        at(5, "bob", LearnerEvent.joined()),
                        at(6, "bob", LearnerEvent.unitOpened("one")),
                        at(7, "bob", LearnerEvent.position("one", 40)),
                        at(8, "bob", LearnerEvent.unitDone("one")),
                        at(8, "bob", LearnerEvent.exerciseOpened("one", "ex0")),
                        at(9, "bob", LearnerEvent.answer("one", "ex0", "z", true, 10)));
        ClassResults results = ClassResults.of(events, List.of("ada", "bob", "cy"));
        StuckRule rule = new StuckRule(2, Duration.ofMinutes(30));
        Instant now = T0.plus(Duration.ofMinutes(10));

        List<RoomRow> byName =
                RoomRows.of(
                        results,
                        Map.of("ada", "two", "bob", "one"),
                        course(),
                        rule,
                        now,
                        RoomSort.NAME);

        assertThat(byName).extracting(RoomRow::name).containsExactly("ada", "bob", "cy");
        RoomRow ada = byName.get(0);
        assertThat(ada.connected()).isTrue();
        assertThat(ada.unitNumber()).isEqualTo(2);
        assertThat(ada.unitTitle()).isEqualTo("2. Second lesson");
        assertThat(ada.place()).isEqualTo("ex ex1");
        assertThat(ada.wrongAnswers()).isEqualTo(2);
        assertThat(ada.stuck()).isEqualTo("2 wrong answers to ex1");
        assertThat(ada.idle()).isEqualTo(Duration.ofMinutes(6));
        RoomRow bob = byName.get(1);
        assertThat(bob.points()).isEqualTo(10);
        assertThat(bob.unitsDone()).isEqualTo(1);
        assertThat(bob.stuck()).isNull();
        RoomRow cy = byName.get(2);
        assertThat(cy.connected()).isFalse();
        assertThat(cy.unitNumber()).isZero();
        assertThat(cy.idle()).isNull();

        assertThat(RoomRows.of(results, Map.of(), course(), rule, now, RoomSort.POINTS))
                .extracting(RoomRow::name)
                .startsWith("bob");
        assertThat(RoomRows.of(results, Map.of("ada", "two"), course(), rule, now, RoomSort.STUCK))
                .extracting(RoomRow::name)
                .startsWith("ada");
        assertThat(RoomRows.of(results, Map.of(), course(), rule, now, RoomSort.IDLE))
                .extracting(RoomRow::name)
                .containsExactly("ada", "bob", "cy");
        // Not connected: nobody is stuck now, whatever their last exercise.
        assertThat(RoomRows.of(results, Map.of(), course(), rule, now, RoomSort.NAME))
                .allMatch(r -> r.stuck() == null);
    }
}
