package org.hygiene.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.hygiene.core.classroom.LiveSession;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a learner's session does over time: resize, Ctrl-C, hang-up, resume, take-over, stop. */
class LearnerSessionTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    ServedCourseFixture room;

    private ServedCourseFixture serve(ServeSettings settings) throws Exception {
        room = new ServedCourseFixture(data, courseDir).serve(settings);
        return room;
    }

    @AfterEach
    void stop() {
        if (room != null) {
            room.close();
        }
    }

    /** Wait until every session has ended (hang-ups are noticed and saved asynchronously). */
    private void awaitAllLeft() throws InterruptedException {
        long deadline = System.nanoTime() + SshLearner.TIMEOUT.toNanos();
        while (room.server.sessions().size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(room.server.sessions().all()).isEmpty();
    }

    private Progress saved(String learner) {
        return new ProgressStore(room.folder.root(), Clock.systemUTC()).load(learner).progress();
    }

    private static void openSecondLesson(SshLearner learner) {
        learner.waitFor("Second lesson");
        learner.type("j");
        learner.waitFor("> [ ] 2.");
        learner.type("\r");
        learner.waitFor("Reading Second lesson");
    }

    @Test
    void resizingTheWindowRedrawsAtTheNewSize() throws Exception {
        serve(ServeSettings.of("127.0.0.1", 0));
        try (SshLearner alice = room.learner("alice").openCourse(80, 24)) {
            alice.waitFor("First lesson");
            alice.type("\r");
            alice.waitFor("window 80x24");
            alice.resize(100, 30);
            alice.waitFor("window 100x30");
            assertThat(room.server.sessions().of("alice").map(LiveSession::columns)).contains(100);
        }
    }

    @Test
    void ctrlCEndsOnlyThatLearnersSessionAndSavesIt() throws Exception {
        serve(ServeSettings.of("127.0.0.1", 0));
        try (SshLearner alice = room.learner("alice").openCourse(80, 24);
                SshLearner bob = room.learner("bob").openCourse(80, 24)) {
            openSecondLesson(alice);
            alice.type("   ");
            alice.waitFor("Position 3");
            bob.waitFor("First lesson");
            alice.type("\u0003");
            assertThat(alice.waitClosed()).isTrue();
            assertThat(alice.transcript()).contains("Your progress is saved");
            assertThat(saved("alice").unit("second").position).isEqualTo(3);
            bob.type("\r");
            bob.waitFor("Learner bob window 80x24");
            assertThat(room.server.sessions().all())
                    .extracting(LiveSession::learner)
                    .containsExactly("bob");
        }
    }

    @Test
    void aDroppedConnectionIsSavedAndTheLearnerResumesWhereTheyWere() throws Exception {
        serve(ServeSettings.of("127.0.0.1", 0));
        try (SshLearner alice = room.learner("alice").openCourse(80, 24)) {
            openSecondLesson(alice);
            alice.type("  ");
            alice.waitFor("Position 2");
            alice.hangUp();
        }
        awaitAllLeft();
        assertThat(saved("alice").current).isEqualTo("second");
        try (SshLearner alice = room.learner("alice").openCourse(100, 30)) {
            alice.waitFor("> [~] 2. Second lesson");
            alice.type("\r");
            alice.waitFor("Position 2");
        }
    }

    @Test
    void aSecondConnectionMayTakeOverTheFirst() throws Exception {
        serve(ServeSettings.of("127.0.0.1", 0));
        try (SshLearner first = room.learner("alice").openCourse(80, 24)) {
            openSecondLesson(first);
            first.type(" ");
            first.waitFor("Position 1");
            try (SshLearner second = room.learner("alice").openCourse(80, 24)) {
                second.waitForOutput("You are already connected as alice");
                second.type("n");
                assertThat(second.waitClosed()).isTrue();
                assertThat(second.transcript()).contains("The other session goes on");
            }
            first.type(" ");
            first.waitFor("Position 2");
            try (SshLearner third = room.learner("alice").openCourse(100, 30)) {
                third.waitForOutput("Continue here and close the other session?");
                third.type("y");
                assertThat(first.waitClosed()).isTrue();
                assertThat(first.transcript()).contains("You connected again from 127.0.0.1:");
                third.waitFor("> [~] 2. Second lesson");
                third.type("\r");
                third.waitFor("Position 2");
            }
        }
    }

    @Test
    void twoLearnersAtOnceNeverSeeEachOthersState() throws Exception {
        serve(ServeSettings.of("127.0.0.1", 0));
        try (SshLearner alice = room.learner("alice").openCourse(80, 24);
                SshLearner bob = room.learner("bob").openCourse(120, 40)) {
            openSecondLesson(alice);
            alice.type("    ");
            alice.waitFor("Learner alice window 80x24");
            alice.waitFor("Position 4");
            bob.waitFor("> [ ] 1. First lesson");
            bob.type("\r");
            bob.waitFor("Learner bob window 120x40");
            bob.waitFor("Position 0");
            bob.type("q");
            bob.waitFor("> [~] 1. First lesson");
            assertThat(bob.screen()).contains("[ ] 2. Second lesson");
        }
        awaitAllLeft();
        assertThat(saved("alice").units()).containsOnlyKeys("second");
        assertThat(saved("bob").units()).containsOnlyKeys("first");
    }

    @Test
    void stoppingTheServerSavesEveryoneAndTellsThem() throws Exception {
        serve(ServeSettings.of("127.0.0.1", 0));
        try (SshLearner alice = room.learner("alice").openCourse(80, 24);
                SshLearner bob = room.learner("bob").openCourse(80, 24)) {
            openSecondLesson(alice);
            alice.type("   ");
            alice.waitFor("Position 3");
            bob.waitFor("First lesson");
            bob.type("\r");
            bob.waitFor("Reading First lesson");
            bob.type(" ");
            bob.waitFor("Position 1");
            room.server.stop("The trainer has closed the class.");
            assertThat(alice.waitClosed()).isTrue();
            assertThat(bob.waitClosed()).isTrue();
            assertThat(alice.transcript()).contains("The trainer has closed the class.");
        }
        assertThat(saved("alice").unit("second").position).isEqualTo(3);
        assertThat(saved("bob").unit("first").position).isEqualTo(1);
    }

    @Test
    void aBroadcastShowsOnTheLearnersScreenWithoutMovingThem() throws Exception {
        serve(ServeSettings.of("127.0.0.1", 0));
        try (SshLearner alice = room.learner("alice").openCourse(80, 24)) {
            openSecondLesson(alice);
            room.server.sessions().broadcast("Break until 11:00\u001b[2J");
            String screen = alice.waitFor("Break until 11:00^[[2J");
            assertThat(screen).contains("Reading Second lesson");
        }
    }

    @Test
    void anIdleSessionIsClosedAndSaved() throws Exception {
        serve(ServeSettings.of("127.0.0.1", 0).withIdleTimeout(Duration.ofSeconds(2)));
        try (SshLearner alice = room.learner("alice").openCourse(80, 24)) {
            openSecondLesson(alice);
            alice.type(" ");
            alice.waitFor("Position 1");
            assertThat(alice.waitClosed()).isTrue();
            assertThat(alice.transcript()).contains("Closed after 2 s without a key press");
        }
        assertThat(saved("alice").unit("second").position).isEqualTo(1);
    }
}
