package org.hygiene.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hygiene.core.testing.CourseFolder;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    private TestIo io;
    private String content;

    @BeforeEach
    void setUp() {
        io = new TestIo(data);
        new CourseFolder(courseDir)
                .file(
                        "course.md",
                        "# Test course\n\n"
                                + "# Part one\n"
                                + "- [First](lessons/01.md)\n"
                                + "- [Second](lessons/02.md)\n")
                .lesson("lessons/01.md", "first", "First lesson", 3)
                .lesson("lessons/02.md", "second", "Second lesson", 3);
        content = "--content=" + courseDir;
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(io.run("--help")).isZero();
        assertThat(io.out())
                .contains(
                        "Usage: hygiene",
                        "lessons",
                        "lesson",
                        "progress",
                        "--content=DIR",
                        "--plain");
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(io.run("--version")).isZero();
        assertThat(io.out()).matches("(?s)hygiene \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void everyCommandsDashCapitalVPrintsTheVersionItsHelpPromises() {
        for (String[] args :
                new String[][] {
                    {"render", "-V"}, {"lessons", "--version"}, {"class", "list", "-V"}
                }) {
            TestIo again = new TestIo(data);
            assertThat(again.run(args)).as(String.join(" ", args)).isZero();
            assertThat(again.out())
                    .as(String.join(" ", args))
                    .matches("(?s)hygiene \\d+\\.\\d+\\.\\d+.*");
        }
    }

    @Test
    void anUnknownOptionPrintsUsageAndExitsTwo() {
        assertThat(io.run("--frobnicate")).isEqualTo(2);
        assertThat(io.err()).contains("Unknown option: '--frobnicate'", "Usage: hygiene");
    }

    @Test
    void anUnknownCommandExitsTwo() {
        assertThat(io.run("frobnicate")).isEqualTo(2);
        assertThat(io.err()).contains("unmatched argument", "frobnicate");
    }

    @Test
    void anUnknownCommandSuggestsOnlyALikelyTypo() {
        assertThat(io.run("bogus")).isEqualTo(2);
        assertThat(io.err())
                .isEqualTo(
                        "hygiene: unmatched argument 'bogus': it is not a command. 'hygiene"
                                + " --help' lists the commands.\n");
        assertThat(io.run("lesons")).isEqualTo(2);
        assertThat(io.err()).contains("did you mean 'hygiene lessons'?");
    }

    @Test
    void aBadThemeIsAUsageError() {
        assertThat(io.run(content, "--theme", "neon")).isEqualTo(2);
        assertThat(io.err())
                .contains(
                        "Invalid value for option '--theme': expected one of [dark, light, mono]",
                        "but was 'neon'");
    }

    @Test
    void aMissingCourseFolderIsOneClearMessage() {
        assertThat(io.run("--content", "/nonexistent")).isEqualTo(1);
        assertThat(io.err())
                .isEqualTo(
                        "hygiene: the course in /nonexistent cannot be loaded:\n"
                                + "  /nonexistent: no such course folder\n");
    }

    @Test
    void aDuplicateIdIsOneClearMessageWithThePosition() {
        new CourseFolder(courseDir).lesson("lessons/02.md", "first", "Second lesson", 1);

        assertThat(io.run(content)).isEqualTo(1);
        assertThat(io.err())
                .contains("lessons/02.md:2:1: duplicate id 'first' (also used by lessons/01.md)")
                .doesNotContain("Exception");
    }

    @Test
    void withoutATerminalTheCourseMapIsPrintedAsText() {
        assertThat(io.run(content)).isZero();
        assertThat(io.out())
                .isEqualTo(
                        """
                        Test course

                        Part one
                          1. [ ] new      First lesson (lesson, 5 min)  id: first
                          2. [ ] new      Second lesson (lesson, 5 min)  id: second

                        0 of 2 units done
                        Learner: tester
                        Next: hygiene lesson 1 (First lesson)
                        """);
        assertThat(io.out()).doesNotContain("\u001b");
    }

    @Test
    void globalOptionsAreAcceptedAfterTheCommandToo() {
        assertThat(io.run("lessons", content, "--plain")).isZero();
        assertThat(io.out()).contains("First lesson");
    }

    @Test
    void anUnknownUnitIdListsTheKnownOnes() {
        assertThat(io.run(content, "lesson", "nope")).isEqualTo(1);
        assertThat(io.err())
                .isEqualTo(
                        "hygiene: no lesson numbered or unit with id 'nope'; 'hygiene lessons'"
                                + " lists them; ids: first, second\n");
    }

    @Test
    void aLessonOpensByItsNumberAsTheMapShowsIt() {
        io.run(content, "lesson", "2", "--plain");
        // core alone has no lesson player: being told so proves lesson 2 was found
        assertThat(io.err()).isEqualTo("hygiene: this build cannot play lesson units\n");
    }

    @Test
    void progressCanBeExportedResetAndImported() throws Exception {
        Path dir = data.resolve("progress");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("tester.json"),
                """
                {"schemaVersion": 1, "learner": "tester", "current": "second",
                 "units": {"first": {"state": "done", "completedAt": "2026-03-01T10:00:00Z"}}}
                """);
        Path export = data.resolve("export.json");

        assertThat(io.run(content, "progress", "--export", export.toString())).isZero();
        assertThat(io.run(content, "progress", "--reset", "--yes")).isZero();
        assertThat(io.run(content, "lessons")).isZero();
        assertThat(io.out()).contains("0 of 2 units done");
        assertThat(io.run(content, "progress", "--import", export.toString(), "--yes")).isZero();
        assertThat(io.run(content, "lessons")).isZero();
        assertThat(io.out()).contains("[x] done     First lesson", "1 of 2 units done");
    }

    @Test
    void resetAsksFirstAndDoesNothingWithoutYes() throws Exception {
        Files.createDirectories(data.resolve("progress"));
        Files.writeString(
                data.resolve("progress/tester.json"), "{\"schemaVersion\": 1, \"units\": {}}");

        assertThat(io.stdin("n\n").run(content, "progress", "--reset")).isEqualTo(1);
        assertThat(io.out()).contains("Reset all progress of 'tester'? [y/N] ", "Nothing changed.");
        assertThat(data.resolve("progress/tester.json")).exists();
    }

    @Test
    void importingAFileThatIsNotProgressIsRefused() throws Exception {
        Path bogus = data.resolve("bogus.json");
        Files.writeString(bogus, "hello");

        assertThat(io.run(content, "progress", "--import", bogus.toString(), "--yes")).isEqualTo(1);
        assertThat(io.err()).contains("cannot import", "not valid JSON");
    }

    @Test
    void aCorruptProgressFileIsReportedAndPlayContinues() throws Exception {
        Files.createDirectories(data.resolve("progress"));
        Files.writeString(data.resolve("progress/tester.json"), "\u0000\u0001garbage");

        assertThat(io.run(content, "lessons")).isZero();
        assertThat(io.err())
                .contains("could not be used", "moved to", "Starting with fresh progress.");
        try (var files = Files.list(data.resolve("progress"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("tester.json.corrupt-"));
        }
    }

    @Test
    void validateReportsEveryProblemWithItsFileAndExitsOne() {
        new CourseFolder(courseDir).file("lessons/02.md", "---\nid: Second\nminutes: x\n---\n");

        assertThat(io.run("validate", courseDir.toString())).isEqualTo(1);
        assertThat(io.out())
                .contains(
                        courseDir.resolve("lessons/02.md")
                                + ":2:1: error: id 'Second' must be lower-case letters, digits"
                                + " and '-'",
                        courseDir.resolve("lessons/02.md")
                                + ":3:1: error: 'minutes' must be a whole number",
                        "2 errors, 0 warnings");
    }

    @Test
    void aUnitWithoutATitleTakesItsOutlineLinkText() throws Exception {
        new CourseFolder(courseDir).file("lessons/02.md", "---\nid: second\nminutes: 3\n---\n");

        assertThat(io.run(content, "validate")).isZero();
        assertThat(org.hygiene.core.course.CourseLoader.load(courseDir).units().get(1).title())
                .isEqualTo("Second");
    }

    @Test
    void validateOfAGoodCourseSaysSoAndExitsZero() {
        assertThat(io.run(content, "validate")).isZero();
        assertThat(io.out()).isEqualTo("no problems\n");
    }
}
