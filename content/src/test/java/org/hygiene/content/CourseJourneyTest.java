package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Unit;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner's visits, driven through the real launcher on a terminal built over pipes. */
class CourseJourneyTest {
    @TempDir Path data;
    private Unit first;
    private TestIo io;

    @BeforeEach
    void setUp() throws Exception {
        Course course = CourseLoader.load(BundledCourse.root().orElseThrow());
        first = course.units().get(0);
        io = new TestIo(data);
    }

    @Test
    void openTheFirstLessonReadToItsEndQuitAndFindItDoneNextTime() throws Exception {
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run()).waitFor("Enter open");
            screen.type("\r").waitFor("% ");
            screen.type("G").waitFor("END");
            screen.type("q").waitFor("Enter open");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
        assertThat(io.run("lessons")).isZero();
        assertThat(io.out()).contains("[x] done     " + first.title());

        try (ScreenDriver again = new ScreenDriver(80, 24)) {
            io.terminal(again::terminal);
            // The map opens on the unit the learner was in, the only one done.
            again.start(() -> io.run()).waitFor("> [x] ");
            again.type("q");
            assertThat(again.exitStatus()).isZero();
        }
    }

    @Test
    void aLessonReopensWhereTheLearnerStopped() throws Exception {
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run()).waitFor("Enter open");
            screen.type("\r").waitFor("% ");
            // Keys typed together are read in order by the same screen.
            screen.type(" q").waitFor("Enter open");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
        assertThat(io.run("progress")).isZero();
        int position =
                new org.hygiene.core.progress.ProgressStore(data)
                        .load("tester")
                        .progress()
                        .unit(first.id())
                        .position();
        assertThat(position).as("one page down").isEqualTo(23);
    }

    @Test
    void ctrlCInsideALessonLeavesHygieneWithProgressSaved() throws Exception {
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run()).waitFor("Enter open");
            screen.type("\r").waitFor("% ");
            screen.type("\u0003");
            assertThat(screen.exitStatus()).isZero();
        }
        assertThat(io.run("lessons")).isZero();
        assertThat(io.out()).contains("[~] started  " + first.title());
    }

    @Test
    void theBundledCourseLoadsWithoutProblems() throws Exception {
        assertThat(io.run("validate")).as(io::out).isZero();
        assertThat(io.out()).contains("no problems");
    }

    @Test
    void atTheEndOfALessonNGoesOnToTheNextUnitOnlyWhenAsked(@TempDir Path courseDir) {
        new org.hygiene.core.testing.CourseFolder(courseDir)
                .file(
                        "course.md",
                        "# Two\n\n# Part\n- [One](lessons/1.md)\n- [Two](lessons/2.md)\n")
                .lesson("lessons/1.md", "one", "Lesson one", 40)
                .lesson("lessons/2.md", "two", "Lesson two", 3);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run("--content", courseDir.toString())).waitFor("Enter open");
            screen.type("\r").waitFor("% ");
            screen.type("G").waitFor("n: next, Lesson two");
            screen.type("n").waitFor("The end of Lesson two");
            screen.type("q").waitFor("Enter open");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(io.run("--content", courseDir.toString(), "lessons")).isZero();
        assertThat(io.out()).contains("[x] done     Lesson one", "[x] done     Lesson two");
    }
}
