package org.hygiene.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hygiene.core.testing.CourseFolder;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hygiene progress} and {@code --learner}, through the real launcher. */
class ProgressCommandTest {
    private static final String DONE_FIRST =
            """
            {"schemaVersion": 1, "learner": "tester", "current": "second",
             "units": {"first": {"state": "done", "completedAt": "2026-03-01T10:00:00Z"}}}
            """;

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

    private Path progressDir() throws Exception {
        return Files.createDirectories(data.resolve("progress"));
    }

    @Test
    void resetStartsFromNothingAlthoughABackupHoldsTheOldProgress() throws Exception {
        Files.writeString(progressDir().resolve("tester.json"), DONE_FIRST);
        Files.writeString(progressDir().resolve("tester.json.bak"), DONE_FIRST);

        assertThat(io.run(content, "progress", "--reset", "--yes")).isZero();
        assertThat(io.out()).contains("Progress reset; the old file is kept as");
        assertThat(io.run(content, "lessons")).isZero();

        assertThat(io.out()).contains("0 of 2 units done");
        try (Stream<Path> files = Files.list(progressDir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("tester.json.reset-"))
                    .anyMatch(n -> n.startsWith("tester.json.bak.reset-"));
        }
    }

    @Test
    void aResetThatCannotBeDoneSaysSoAndChangesNothing() throws Exception {
        Files.writeString(progressDir().resolve("tester.json"), DONE_FIRST);
        // The lock cannot be taken (this works even for root, unlike a read-only folder).
        Files.createDirectory(progressDir().resolve("tester.json.lock"));

        assertThat(io.run(content, "progress", "--reset", "--yes")).isEqualTo(1);

        assertThat(io.out()).doesNotContain("Progress reset");
        assertThat(io.err())
                .contains("could not reset the progress of 'tester'", "nothing changed");
        assertThat(progressDir().resolve("tester.json")).hasContent(DONE_FIRST);
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsReportedAtOnce() throws Exception {
        Files.createDirectory(progressDir().resolve("tester.json.lock"));

        assertThat(io.run(content, "lessons")).isZero();

        assertThat(io.err()).contains("hygiene: progress will not be saved:");
    }

    @Test
    void theLearnerOptionKeepsLearnersApartAndIsShownOnTheMap() throws Exception {
        Files.writeString(progressDir().resolve("tester.json"), DONE_FIRST);

        assertThat(io.run(content, "--learner", "alice", "lessons")).isZero();
        assertThat(io.out()).contains("0 of 2 units done", "Learner: alice");
        assertThat(io.run(content, "lessons")).isZero();
        assertThat(io.out()).contains("1 of 2 units done", "Learner: tester");
        assertThat(io.run(content, "progress", "--learner", "alice")).isZero();
        assertThat(io.out()).contains(data.resolve("progress/alice.json").toString());
    }

    @Test
    void forgedValuesAreBroughtIntoRangeAndUnknownUnitsLeftOut() throws Exception {
        Path forged = data.resolve("forged.json");
        Files.writeString(
                forged,
                """
                {"schemaVersion": 2, "units": {
                  "first": {"state": "started", "items": {"e": {"solved": true,
                     "points": 999999, "maxPoints": 10, "attempts": -1}}},
                  "nope": {"state": "done"}}}
                """);

        assertThat(io.run(content, "progress", "--import", forged.toString(), "--yes")).isZero();

        assertThat(io.err())
                .contains(
                        "unit 'first': values out of range",
                        "left out 1 unit this course does not have: nope");
        assertThat(io.run(content, "lessons")).isZero();
        assertThat(io.out()).contains("score 10/10").doesNotContain("999999");
    }

    @Test
    void importLeavesNoCopyBehindAndItsErrorsQuoteNoParserInternals() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = importCopies(tmp);
        Path broken = data.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 2, \"units\": [\n  {\"x\": }");

        assertThat(io.run(content, "progress", "--import", broken.toString(), "--yes"))
                .isEqualTo(1);

        assertThat(io.err())
                .contains("cannot import", "not valid JSON (line 2")
                .doesNotContain("Source:", "jackson", "Exception", "Unexpected character");
        Files.writeString(broken, "{\"schemaVersion\": 2, \"units\": {\"first\": {\"state\": 3}}}");
        assertThat(io.run(content, "progress", "--import", broken.toString(), "--yes"))
                .isEqualTo(1);
        assertThat(io.err()).contains("units.first.state: expected text");
        assertThat(importCopies(tmp)).isEqualTo(before);
    }

    private static long importCopies(Path tmp) throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("hygiene-import"))
                    .count();
        }
    }
}
