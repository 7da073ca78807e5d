package org.hygiene.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.slides.PresenterBeacon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learners of a served class follow the trainer's slides (published by {@code hygiene present
 * --class} in the class folder) and return to their own place.
 */
class FollowTrainerTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    ServedCourseFixture room;
    PresenterBeacon trainer;
    final Instant started = Instant.now();

    @BeforeEach
    void serve() throws Exception {
        room = new ServedCourseFixture(data, courseDir).serve();
        trainer = new PresenterBeacon(room.folder.root());
    }

    @AfterEach
    void stop() {
        room.close();
    }

    private void present(int slide) throws Exception {
        trainer.publish(
                new PresenterBeacon.Position(
                        "first", "First lesson", slide, 3, started, "file:///elsewhere/01.md"));
    }

    /** The learner's map, with their selection on {@code title}. */
    private static void awaitMapSelecting(SshLearner learner, String title)
            throws InterruptedException {
        long deadline = System.nanoTime() + SshLearner.TIMEOUT.toNanos();
        while (learner.screen().lines().noneMatch(l -> l.startsWith("> ") && l.contains(title))) {
            assertThat(System.nanoTime())
                    .as("the map never selected %s:%n%s", title, learner.screen())
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private Progress saved(String learner) {
        return new ProgressStore(room.folder.root(), Clock.systemUTC()).load(learner).progress();
    }

    @Test
    void aLearnerFollowsTheTrainersSlidesAndReturnsExactlyToTheirOwnPlace() throws Exception {
        try (SshLearner alice = room.learner("alice").openCourse(80, 24);
                SshLearner bob = room.learner("bob").openCourse(100, 30)) {
            // Alice has read a little of the second lesson and is back on the map.
            alice.waitFor("Second lesson");
            alice.type("j");
            awaitMapSelecting(alice, "Second lesson");
            alice.type("\r");
            alice.waitFor("Reading Second lesson");
            alice.type("   ");
            alice.waitFor("Position 3");
            alice.type("q");
            awaitMapSelecting(alice, "Second lesson");

            present(0);
            alice.waitFor(
                    "The trainer is presenting 1. First lesson, slide 1/3: press f to follow");
            bob.waitFor("The trainer is presenting 1. First lesson, slide 1/3");
            alice.type("f");
            alice.waitFor("Welcome to First lesson.");
            alice.waitFor("Following the trainer");
            alice.waitFor("1 / 3");
            assertThat(alice.screen()).doesNotContain("a speaker note");
            bob.type("f");
            bob.waitFor("Welcome to First lesson.");

            present(1);
            alice.waitFor("Tall line 1.");
            alice.waitFor("more lines (j or Space)");
            bob.waitFor("2 / 3");
            alice.type(" ");
            alice.waitFor("more above");
            assertThat(alice.screen()).doesNotContain("Tall line 1.");

            present(2);
            alice.waitFor("That is all.");
            present(1);
            alice.waitFor("Tall line 1."); // a new slide starts at its top

            alice.type("q");
            awaitMapSelecting(alice, "Second lesson");
            alice.waitFor("slide 2/3: press f to follow");
            bob.waitFor("Tall line 1."); // Bob still follows

            trainer.clear();
            bob.waitFor("The trainer has stopped presenting.");
            alice.waitFor("0 of 2 units done");
            bob.type("x");
            bob.waitFor("0 of 2 units done");
            awaitMapSelecting(bob, "First lesson");

            alice.type("q");
            alice.waitClosed();
            bob.type("q");
            bob.waitClosed();
        }
        Progress alice = saved("alice");
        assertThat(alice.current()).isEqualTo("second");
        assertThat(alice.unit("second").position()).isEqualTo(3);
        assertThat(alice.find("first")).isEmpty();
        assertThat(saved("bob").find("first")).isEmpty();
    }

    @Test
    void aBeaconForALessonTheCourseDoesNotHaveIsNotOffered() throws Exception {
        trainer.publish(
                new PresenterBeacon.Position(
                        "\u001b[2Jelsewhere", "\u001b]0;owned\u0007", 0, 3, started, "x"));
        try (SshLearner alice = room.learner("alice").openCourse(80, 24)) {
            alice.waitFor("0 of 2 units done");
            alice.type("f");
            alice.waitFor("The trainer is not presenting now");
            assertThat(alice.transcript()).doesNotContain("\u001b]0;owned", "\u001b[2Jelse");
        }
    }
}
