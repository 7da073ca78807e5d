package org.hygiene.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hygiene.core.testing.CourseFolder;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's objectives are shown where the learner chooses it: on the map and in the listing. */
class MapObjectivesTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    private String content;

    @BeforeEach
    void setUp() {
        new CourseFolder(courseDir)
                .file(
                        "course.md",
                        "# Test course\n\n"
                                + "# Part one\n"
                                + "- [First](lessons/01.md)\n"
                                + "- [Second](lessons/02.md)\n"
                                + "- [Third](lessons/03.md)\n")
                .file(
                        "lessons/01.md",
                        """
                        ---
                        id: first
                        title: First lesson
                        minutes: 5
                        objectives:
                          - Read the `HttpProxy` log by its named fields
                          - Tell a scanner from an attacker
                        ---
                        # First lesson

                        Text.
                        """)
                .file(
                        "lessons/02.md",
                        """
                        ---
                        id: second
                        title: Second lesson
                        minutes: 5
                        objectives:
                          - Patch first, then hunt for what came before
                        ---
                        # Second lesson

                        Text.
                        """)
                .lesson("lessons/03.md", "third", "Third lesson", 1);
        content = "--content=" + courseDir;
    }

    @Test
    void theSelectedLessonShowsItsObjectivesAndMovingOnShowsTheNextOnes() throws Exception {
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(80, 24)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run(content)).waitFor("Enter open");
            screen.waitFor("You will learn to:");
            assertThat(screen.output())
                    .contains("- Read the HttpProxy log by its named fields")
                    .contains("- Tell a scanner from an attacker");
            screen.type("j").waitFor("Patch first, then hunt for what came before");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
    }

    @Test
    void theLessonsListingShowsEachLessonsObjectivesBelowIt() {
        TestIo io = new TestIo(data);
        assertThat(io.run(content, "lessons")).isZero();
        String out = io.out();
        assertThat(out)
                .contains("First lesson")
                .contains("       - Read the HttpProxy log by its named fields")
                .contains("       - Tell a scanner from an attacker");
        // A lesson without objectives gets no extra lines.
        String afterThird = out.substring(out.indexOf("Third lesson"));
        assertThat(afterThird.lines().skip(1).findFirst().orElse("")).doesNotStartWith("       -");
    }

    @Test
    void onASmallScreenThePartHeadingStaysAboveAUnitWhoseObjectivesFillIt() throws Exception {
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(40, 8)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run(content)).waitFor("Enter open");
            screen.waitForScreen("You will learn to:");
            assertThat(screen.screenNow())
                    .contains("Part one")
                    .contains("1. First lesson")
                    .contains(" Enter open   ? keys   q quit");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
    }
}
