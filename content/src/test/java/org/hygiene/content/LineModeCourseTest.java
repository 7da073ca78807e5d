package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line mode (a dumb terminal, a pipe, --plain) takes the whole course: a printed lesson counts
 * as read, its exercises are answered at a prompt with {@code hygiene exercise N}, and every step
 * says which command comes next.
 */
class LineModeCourseTest {
    @TempDir Path data;

    @Test
    void aPrintedLessonWithoutExercisesIsDoneAndTheNextCommandIsNamed() {
        TestIo io = new TestIo(data);

        assertThat(io.run("lesson", "1")).isZero();

        assertThat(io.out())
                .contains("Lesson 1: read: done.")
                .contains("Next: hygiene quiz 1 (Check: What happened)");
        io.run("lessons");
        assertThat(io.out()).contains("[x] done     What happened");
    }

    @Test
    void aHandsOnLessonIsDoneOnceReadAndItsExercisesAreAnsweredAtAPrompt() throws Exception {
        TestIo io = new TestIo(data);
        io.run("lesson", "3");
        assertThat(io.out())
                .contains("Answer it at a prompt: `hygiene exercise 3 1`")
                .contains("Lesson 3: read, exercises 0 of 4 answered")
                .contains("Answer its exercises at a prompt: hygiene exercise 3");

        // Exercise 1 alone, then the three left in order: each given up at the prompt.
        TestIo one = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            one.terminal(screen::terminal);
            screen.start(() -> one.run("exercise", "3", "1")).waitFor("hunt> ");
            giveUp(screen);
            assertThat(screen.exitStatus()).isZero();
        }
        assertThat(one.out()).contains("Exercise 1 of 4").contains("exercises 1 of 4 answered");

        TestIo others = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            others.terminal(screen::terminal);
            screen.start(() -> others.run("exercise", "3")).waitFor("hunt> ");
            giveUp(screen);
            giveUp(screen);
            giveUp(screen);
            assertThat(screen.exitStatus()).isZero();
        }
        assertThat(others.out())
                .contains("Exercise 2 of 4", "Exercise 3 of 4", "Exercise 4 of 4")
                .contains("Lesson 3: read, exercises 4 of 4 answered, 0/")
                .contains(": done.")
                .contains("Next: hygiene quiz 3");
    }

    private static void giveUp(ScreenDriver screen) {
        screen.type("giveup\r").waitFor("[y/N]");
        screen.type("y\r").waitFor("hunt> ");
        screen.type("back\r");
    }

    @Test
    void theCourseMapInLineModeEndsWithTheNextCommand() {
        TestIo io = new TestIo(data);

        io.run();

        assertThat(io.out()).contains("Next: hygiene lesson 1 (What happened)");
    }

    @Test
    void anUnknownLessonForExerciseIsOneClearMessage() {
        TestIo io = new TestIo(data);

        assertThat(io.run("exercise", "42")).isEqualTo(1);

        assertThat(io.err())
                .isEqualTo(
                        "hygiene: no lesson numbered or with id '42'; 'hygiene lessons' lists"
                                + " them\n");
    }
}
