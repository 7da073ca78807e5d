package org.hygiene.content.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Unit;
import org.hygiene.core.slides.Deck;
import org.hygiene.core.slides.PresenterBeacon;
import org.hygiene.core.slides.Slide;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.LessonExercises;
import org.hygiene.lessons.player.LessonPlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hygiene present LESSON --class NAME}: the beacon goes into the class folder, where the
 * class server offers it to learners, who see the slides the room sees.
 */
class PresentToClassTest {
    @TempDir Path data;

    private Path classRoot() {
        return data.resolve("classes").resolve("monday");
    }

    @Test
    void presentingToAClassPublishesInItsFolderAndClearsOnLeaving() throws Exception {
        assertThat(new TestIo(data).run("class", "new", "monday")).isZero();
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run("present", "hunting-the-ssrf", "--class", "monday"))
                    .waitFor("1 / ");
            awaitSlide(0);
            assertThat(data.resolve(PresenterBeacon.FILE_NAME)).doesNotExist();
            screen.type("\033[C");
            awaitSlide(1);
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
        assertThat(classRoot().resolve(PresenterBeacon.FILE_NAME)).doesNotExist();
    }

    @Test
    void aClassThatDoesNotExistIsAClearError() {
        TestIo io = new TestIo(data);
        assertThat(io.run("present", "hunting-the-ssrf", "--class", "nosuch")).isEqualTo(1);
        assertThat(io.err())
                .contains("there is no class 'nosuch'", "hygiene class new nosuch")
                .doesNotContain("Exception");
        TestIo bad = new TestIo(data);
        assertThat(bad.run("present", "--notes", "--class", "../../etc")).isEqualTo(1);
        assertThat(bad.err()).contains("is not a valid class name").doesNotContain("Exception");
    }

    @Test
    void theNotesViewFollowsTheClassPresentation() throws Exception {
        new TestIo(data).run("class", "new", "monday");
        TestIo io = new TestIo(data);
        try (ScreenDriver notes = new ScreenDriver(80, 24)) {
            io.terminal(notes::terminal);
            notes.start(() -> io.run("present", "--notes", "--class", "monday"))
                    .waitFor("--class monday");
            new PresenterBeacon(classRoot())
                    .publish(
                            new PresenterBeacon.Position(
                                    "hunting-the-ssrf",
                                    "Hunting the SSRF",
                                    1,
                                    15,
                                    Instant.now(),
                                    "jar:nowhere"));
            notes.waitFor("Slide 2 /");
            notes.type("q");
            assertThat(notes.exitStatus()).isZero();
        }
    }

    @Test
    void aSecondPresenterIsRefusedWhileAnotherProcessPresentsToTheClass() throws Exception {
        new TestIo(data).run("class", "new", "monday");
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        java.nio.file.Files.writeString(
                classRoot().resolve(PresenterBeacon.FILE_NAME),
                """
                {"schema": 1, "unit": "hunting-the-ssrf", "lessonTitle": "Hunting the SSRF",
                 "slide": 0, "total": 15, "started": "2026-12-03T09:50:00Z", "source": "",
                 "pid": %d}
                """
                        .formatted(other));
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            int status =
                    screen.start(() -> io.run("present", "5", "--class", "monday")).exitStatus();
            assertThat(status).isEqualTo(1);
        }
        assertThat(io.err())
                .contains("someone is already presenting to class 'monday'")
                .doesNotContain("Exception");
    }

    @Test
    void aLessonCanBeNamedByItsNumberOnTheCourseMap() {
        TestIo third = new TestIo(data);
        assertThat(third.run("present", "3", "--plain")).isZero();
        assertThat(third.out()).contains("--- Slide 1 of ").contains("Hunting the SSRF");
        TestIo far = new TestIo(data);
        assertThat(far.run("present", "99", "--plain")).isEqualTo(1);
        assertThat(far.err()).contains("there is no lesson 99: the course has lessons 1 to 8");
    }

    @Test
    void learnersFollowingSeeTheSlidesTheRoomSeesWithQuestionsButNoAnswersNorNotes()
            throws Exception {
        Course course = CourseLoader.load(BundledCourse.root().orElseThrow());
        LessonPlayer player = new LessonPlayer();
        for (Unit unit : course.units()) {
            if (player.kind() != unit.kind()) {
                continue;
            }
            Deck deck = player.slides(unit).orElseThrow();
            TestIo plain = new TestIo(data);
            assertThat(plain.run("present", unit.id(), "--plain")).isZero();
            assertThat(plain.out()).contains("--- Slide 1 of " + deck.size() + ": ");
            List<ExerciseBlock> blocks = LessonExercises.of(unit);
            for (Slide slide : deck.slides()) {
                assertThat(slide.notes()).isEmpty();
                for (ExerciseBlock b : blocks) {
                    b.exercise()
                            .ifPresent(
                                    e -> {
                                        assertThat(slide.markdown())
                                                .doesNotContain("```exercise")
                                                .doesNotContain(e.explanation().strip());
                                        if (!e.query().isBlank()) {
                                            assertThat(slide.markdown())
                                                    .doesNotContain(e.query().strip());
                                        }
                                    });
                }
            }
            long cards =
                    deck.slides().stream().filter(s -> s.markdown().contains("**Exercise")).count();
            assertThat(cards).as(unit.id()).isEqualTo(blocks.size());
        }
    }

    /** Wait until the class beacon says the presenter shows 0-based slide {@code slide}. */
    private void awaitSlide(int slide) throws InterruptedException {
        PresenterBeacon beacon = new PresenterBeacon(classRoot());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (beacon.read().map(p -> p.slide()).orElse(-1) != slide) {
            assertThat(System.nanoTime())
                    .as("slide %d never shown", slide + 1)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
