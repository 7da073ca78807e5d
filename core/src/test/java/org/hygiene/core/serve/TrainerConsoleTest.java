package org.hygiene.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.console.ClassroomRecorder;
import org.hygiene.core.console.ConsoleRoom;
import org.hygiene.core.console.RosterWatch;
import org.hygiene.core.console.screen.TrainerConsole;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.results.CourseLabels;
import org.hygiene.core.results.StuckRule;
import org.hygiene.core.testing.ScreenDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer's console over a served class: learners appear as they connect, a locked unit refuses
 * to open for them, a broadcast and an invitation reach them, a trainer signing in over SSH gets
 * the same console, and the export writes every report.
 */
class TrainerConsoleTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    ServedCourseFixture room;
    ClassroomRecorder recorder;
    ConsoleRoom consoleRoom;

    @BeforeEach
    void serve() throws Exception {
        room = new ServedCourseFixture(data, courseDir);
        Roster roster = Roster.load(room.folder.rosterFile());
        roster.put(roster.find("dave").orElseThrow().withTrainer(true));
        roster.save(room.folder.rosterFile());
        room.serve();
        recorder =
                ClassroomRecorder.open(
                        room.folder.root(),
                        Clock.systemUTC(),
                        new PrintWriter(new StringWriter()),
                        null);
        room.server.sessions().addListener(recorder);
        consoleRoom =
                new ConsoleRoom(
                        "monday",
                        room.folder.root(),
                        room.course,
                        CourseLabels.NONE,
                        recorder,
                        room.server.sessions(),
                        new RosterWatch(room.folder.rosterFile()),
                        StuckRule.DEFAULT,
                        Clock.systemUTC(),
                        ZoneOffset.UTC,
                        List.of("Learners type ssh -p " + room.port() + " NAME@127.0.0.1"));
        room.server.trainerDesk(
                (terminal, trainer, noColor) ->
                        new TrainerConsole(consoleRoom, terminal, Theme.MONO, false).run());
    }

    @AfterEach
    void stop() throws Exception {
        room.close();
        recorder.close();
    }

    @Test
    void theTrainerSeesTheRoomLocksAUnitBroadcastsInvitesAndExports() throws Exception {
        try (ScreenDriver trainer = new ScreenDriver(100, 30)) {
            trainer.start(
                    () -> {
                        new TrainerConsole(consoleRoom, trainer.terminal(), Theme.MONO, true).run();
                        return 0;
                    });
            // Trainers are not counted as learners: alice and bob are the room.
            trainer.waitFor("0 of 2 connected");
            try (SshLearner alice = room.learner("alice").openCourse(80, 24);
                    SshLearner bob = room.learner("bob").openCourse(80, 24)) {
                alice.waitFor("First lesson");
                bob.waitFor("First lesson");
                trainer.waitForScreen("2 of 2 connected");

                trainer.type("3").waitFor("l lock/release").type("j");
                trainer.type("l").waitFor("Why is it locked");
                trainer.type("after the break\r").waitFor("2. Second lesson is locked.");
                alice.waitFor("locked: after the break");
                alice.type("j\r");
                alice.waitFor("is locked: after the break");

                trainer.type("b").waitFor("Message to every learner");
                trainer.type("Back at 10:30\r").waitFor("Sent to 2 learners");
                alice.waitFor("Trainer: Back at 10:30");
                bob.waitFor("Trainer: Back at 10:30");

                trainer.type("k").type("i").waitFor("Everyone is invited to 1. First lesson");
                bob.waitFor("Press i for the");
                bob.type("i");
                bob.waitFor("Reading First lesson");
                trainer.type("1").waitFor("1. First lesson");

                try (SshLearner dave =
                        SshLearner.connect(room.port(), "dave").signInWithKey(room.daveKey)) {
                    dave.openCourse(100, 30);
                    dave.waitFor("Class monday: 2 of 2 connected");
                    dave.type("q");
                    dave.waitClosed();
                }

                trainer.type("x").waitFor("Reports written to");
                Path reports = room.folder.root().resolve("reports");
                try (Stream<Path> folders = Files.list(reports)) {
                    Path folder = folders.findFirst().orElseThrow();
                    assertThat(Files.readString(folder.resolve("learners.csv")))
                            .startsWith("learner,")
                            .contains("alice")
                            .contains("bob");
                    assertThat(folder.resolve("report.json")).exists();
                    assertThat(folder.resolve("report.md")).exists();
                }

                trainer.type("q").waitFor("Stop serving the class?");
                trainer.type("y\r");
                assertThat(trainer.exitStatus()).isZero();
            }
        }
    }
}
