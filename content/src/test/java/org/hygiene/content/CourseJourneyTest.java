package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Unit;
import org.hygiene.core.testing.TestIo;
import org.hygiene.core.testing.TestTerminals;
import org.hygiene.core.testing.TypedKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner's first visit, driven through the real launcher on a terminal built over streams. */
class CourseJourneyTest {
    @TempDir Path data;

    @Test
    void openTheFirstLessonReadToItsEndQuitAndFindItDoneNextTime() throws Exception {
        Course course = CourseLoader.load(BundledCourse.root().orElseThrow());
        Unit first = course.units().get(0);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // Enter opens the selected (first) unit, G jumps to its end, q goes back, q quits.
        TestIo io =
                new TestIo(data)
                        .terminal(
                                () ->
                                        TestTerminals.ansi(
                                                TypedKeys.of("\r", "G", "q", "q"), screen, 80, 24));

        assertThat(io.run("--debug")).as(io::err).isZero();

        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains(course.title(), first.title(), "Enter open");
        assertThat(io.run("lessons")).isZero();
        assertThat(io.out()).contains("[x] done     " + first.title());

        // Opening the map again returns to the unit the learner was in.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        io.terminal(() -> TestTerminals.ansi(TypedKeys.of("q"), again, 80, 24));
        assertThat(io.run("--debug")).as(io::err).isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("> [x] 1. " + first.title());
    }

    @Test
    void ctrlCInsideALessonLeavesHygieneWithProgressSaved() throws Exception {
        Course course = CourseLoader.load(BundledCourse.root().orElseThrow());
        Unit first = course.units().get(0);
        TestIo io =
                new TestIo(data)
                        .terminal(
                                () ->
                                        TestTerminals.ansi(
                                                TypedKeys.of("\r", "\u0003"),
                                                new ByteArrayOutputStream(),
                                                80,
                                                24));

        assertThat(io.run("--debug")).as(io::err).isZero();

        assertThat(io.run("lessons")).isZero();
        assertThat(io.out())
                .containsPattern(
                        "\\[[~x]\\] (started|done) +"
                                + java.util.regex.Pattern.quote(first.title()));
    }

    @Test
    void theBundledCourseLoadsWithoutProblems() throws Exception {
        Course course = CourseLoader.load(BundledCourse.root().orElseThrow());

        assertThat(course.units()).isNotEmpty();
    }
}
