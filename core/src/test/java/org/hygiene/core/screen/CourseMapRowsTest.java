package org.hygiene.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.ItemProgress;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.Session;
import org.hygiene.core.testing.CourseFolder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course map's rows fit the width without cutting a figure, in columns that line up. */
class CourseMapRowsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir Path dir;

    /** The bundled course's longest titles, with a hands-on lesson part done and its check. */
    private Session session() throws Exception {
        new CourseFolder(dir.resolve("course"))
                .file(
                        "course.md",
                        "# Course\n\n# Response and hygiene\n"
                                + "- [A](lessons/01.md)\n"
                                + "- [B](quizzes/01.md)\n"
                                + "- [C](lessons/02.md)\n"
                                + "- [D](quizzes/02.md)\n"
                                + "# Final exam\n"
                                + "- [E](quizzes/final.md)\n")
                .lesson("lessons/01.md", "hygiene", "Hygiene that would have helped", 1)
                .lesson("lessons/02.md", "shell", "Finding the web shell", 1)
                .file(
                        "quizzes/01.md",
                        quiz("hygiene-check", "Check: Hygiene that would have helped"))
                .file("quizzes/02.md", quiz("shell-check", "Check: Finding the web shell"))
                .file("quizzes/final.md", quiz("final", "Final exam"));
        Course course = CourseLoader.load(dir.resolve("course"));
        Progress progress = new Progress("ada");
        UnitProgress lesson = progress.unit("hygiene");
        lesson.markRead(NOW);
        for (int i = 1; i <= 4; i++) {
            ItemProgress item = lesson.item("x" + i);
            item.worth(i == 4 ? 20 : 10);
            if (i <= 2) {
                item.solve(i == 1 ? 10 : 5, NOW);
            }
        }
        progress.unit("shell").start(NOW);
        return new Session(
                course,
                progress,
                new ProgressStore(dir.resolve("data"), Clock.systemUTC()),
                null,
                Theme.MONO,
                new Plugins(List.of()),
                Clock.systemUTC(),
                new PrintWriter(new StringWriter()));
    }

    private static String quiz(String id, String title) {
        return "---\nid: " + id + "\ntitle: " + title + "\n---\n\n# One\n\n1. [x] yes\n1. [ ] no\n";
    }

    @Test
    void atEightyColumnsEveryRowFitsWithItsFiguresWhole() throws Exception {
        List<String> rows = new CourseMapRows(session()).lines(80);

        for (String row : rows) {
            assertThat(new AttributedString("> " + row).columnLength()).isLessThan(80);
        }
        assertThat(rows.get(0))
                .contains("1. Hygiene that would have helped")
                .contains("started")
                .contains("read, ex 2/4, 15/50");
        assertThat(rows.get(1)).contains("   Check: Hygiene that would have helped");
        assertThat(rows.get(2)).contains("2. Finding the web shell");
        assertThat(rows.get(4)).contains("Final exam").doesNotContain("3.");
    }

    @Test
    void wideScreensSayMoreAndKeepTheStateColumnNextToTheTitles() throws Exception {
        List<String> rows = new CourseMapRows(session()).lines(120);

        assertThat(rows.get(0)).contains("lesson, 5 min, read, exercises 2 of 4, score 15/50");
        int column = rows.get(0).indexOf("started");
        assertThat(rows.get(1).indexOf("new")).isEqualTo(column);
        assertThat(rows.get(4).indexOf("new")).isEqualTo(column);
        assertThat(column).isLessThan(50); // next to the longest title, not at the far right
    }

    @Test
    void aNarrowScreenCutsTitlesWithAnEllipsisButNeverAFigure() throws Exception {
        List<String> rows = new CourseMapRows(session()).lines(50);

        assertThat(rows.get(0)).contains("…").contains("15/50").contains("2/4");
        for (String row : rows) {
            assertThat(new AttributedString("> " + row).columnLength()).isLessThan(50);
        }
    }

    @Test
    void whenEveryUnitIsDoneTheMapAndTheLineModeSayTheCourseIsComplete() throws Exception {
        Session session = session();
        for (var unit : session.course().units()) {
            session.progress().unit(unit.id()).complete(NOW);
        }

        assertThat(PlainCourseMap.summary(session))
                .startsWith("Course complete: 5 of 5 units done");
        assertThat(PlainCourseMap.nextStep(session)).endsWith("Well done.");
    }
}
