package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exercise card opens the hunt shell over the lesson's scenario, with the exercise commands. */
class ExerciseInHuntShellTest {
    @TempDir Path data;

    @Test
    void aCardOpensTheHuntShellWhereTheLearnerQueriesAndAnswers() throws Exception {
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(100, 30)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run("lesson", "hunting-the-ssrf")).waitFor("% ");
            screen.type("1").waitFor("hunt> ");
            screen.type(".tables\r").waitFor("HttpProxy");
            screen.type("question\r").waitFor("not solved yet");
            screen.type("giveup\r").waitFor("[y/N]");
            screen.type("y\r").waitFor("hunt> ");
            screen.type("back\r").waitFor("% ");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }

        UnitProgress lesson =
                new ProgressStore(data).load("tester").progress().unit("hunting-the-ssrf");
        assertThat(lesson.items.values())
                .filteredOn(i -> i.gaveUp)
                .singleElement()
                .satisfies(i -> assertThat(i.points).isZero())
                .satisfies(i -> assertThat(i.solved).isFalse());
        assertThat(lesson.items.values()).allSatisfy(i -> assertThat(i.hintsUsed).isZero());
    }

    @Test
    void theExerciseShellKeepsTheLearnersHistoryAndTheStandaloneShellRecallsIt() throws Exception {
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(100, 30)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run("lesson", "hunting-the-ssrf")).waitFor("% ");
            screen.type("1").waitFor("hunt> ");
            screen.type("HttpProxy | count\r").waitFor("1 row in");
            screen.type("back\r").waitFor("% ");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
        Path history = data.resolve("history").resolve("tester.hunt");
        assertThat(java.nio.file.Files.readString(history)).contains("HttpProxy | count");

        TestIo again = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(100, 30)) {
            again.terminal(screen::terminal);
            screen.start(() -> again.run("hunt", "--scenario", "harbourline")).waitFor("hunt> ");
            // Ctrl-P (Up), twice past "back", recalls the exercise's query.
            screen.type("\020\020\r").waitFor("1 row in");
            screen.type(".quit\r");
            assertThat(screen.exitStatus()).isZero();
        }
    }
}
