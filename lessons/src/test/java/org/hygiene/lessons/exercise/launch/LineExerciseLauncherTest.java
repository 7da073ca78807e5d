package org.hygiene.lessons.exercise.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Unit;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.ItemProgress;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.Session;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.LessonExercises;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LineExerciseLauncherTest {
    @TempDir Path home;

    @Test
    @Timeout(20)
    void aLearnerAnswersWrongTakesAHintAndAnswersRightAtTheLinePrompt() throws Exception {
        Course course = CourseLoader.load(Path.of("src/test/resources/exercise-course"));
        Unit unit = course.unit("ssrf-practice").orElseThrow();
        Exercise exercise = LessonExercises.valid(unit).get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineDisciplineTerminal terminal =
                new LineDisciplineTerminal("test", "dumb", out, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        terminal.processInputBytes(
                "answer 198.51.100.20\rhint\ry\ranswer 203.0.113.7\rback\r"
                        .getBytes(StandardCharsets.UTF_8));
        ProgressStore store = new ProgressStore(home, Clock.systemUTC());
        Session session =
                new Session(
                        course,
                        new Progress("tester"),
                        store,
                        terminal,
                        Theme.MONO,
                        new Plugins(List.of()),
                        Clock.systemUTC(),
                        new PrintWriter(new StringWriter()));

        new LineExerciseLauncher().open(new ExerciseContext(unit, exercise, session));

        String screen = out.toString(StandardCharsets.UTF_8);
        assertThat(screen)
                .contains("Which client IP address sent the first request")
                .contains("That address only scanned the server")
                .contains("Hint 1 of 2 costs 2 points")
                .contains("[x] Correct! +8 points (10 minus 2 for hints).")
                .contains("The query that proves it:");
        ItemProgress saved =
                store.load("tester")
                        .progress()
                        .unit("ssrf-practice")
                        .items
                        .get("first-attacker-ip");
        assertThat(saved.solved).isTrue();
        assertThat(saved.points).isEqualTo(8);
        assertThat(saved.attempts).isEqualTo(2);
        assertThat(saved.hintsUsed).isEqualTo(1);
    }

    @Test
    @Timeout(20)
    void aWindowsPathTypedAtThePromptKeepsEveryBackslashOnAnXterm() throws Exception {
        Course course = CourseLoader.load(Path.of("src/test/resources/exercise-course"));
        Unit unit = course.unit("ssrf-practice").orElseThrow();
        Exercise exercise = LessonExercises.valid(unit).get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // xterm's terminfo has a mouse key, which JLine 4.5.0 binds as the literal text \E[<.
        LineDisciplineTerminal terminal =
                new LineDisciplineTerminal("test", "xterm-256color", out, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        terminal.processInputBytes(
                "answer C:\\Program Files\\Microsoft\\Exchange Server\\V15\rback\r"
                        .getBytes(StandardCharsets.UTF_8));
        Session session =
                new Session(
                        course,
                        new Progress("tester"),
                        new ProgressStore(home, Clock.systemUTC()),
                        terminal,
                        Theme.MONO,
                        new Plugins(List.of()),
                        Clock.systemUTC(),
                        new PrintWriter(new StringWriter()));

        new LineExerciseLauncher().open(new ExerciseContext(unit, exercise, session));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("exercise> answer C:\\Program Files\\Microsoft\\Exchange Server\\V15");
    }
}
