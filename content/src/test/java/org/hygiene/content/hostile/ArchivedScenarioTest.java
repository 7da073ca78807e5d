package org.hygiene.content.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hygiene.core.testing.ScreenDriver;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 7: a lesson's hunt shell reads a scenario's {@code .gz} and {@code .zip} logs as
 * {@code hygiene hunt} and {@code check} do, and its banner names what it could not read.
 */
class ArchivedScenarioTest {
    @TempDir Path data;
    @TempDir Path course;

    static final String IIS =
            """
            #Software: Microsoft Internet Information Services 10.0
            #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
            2021-03-03 06:59:30 10.0.0.5 POST /owa/auth/shell.aspx - 443 - 203.0.113.21 Mozilla/5.0 - 200 0 0 133
            2021-03-03 07:05:10 10.0.0.5 POST /owa/auth/shell.aspx - 443 - 203.0.113.21 Mozilla/5.0 - 200 0 0 120
            """;

    private void writeCourse() throws IOException {
        Files.writeString(course.resolve("course.md"), "# Archived\n\n- [One](lessons/one.md)\n");
        Files.createDirectories(course.resolve("lessons"));
        Files.writeString(
                course.resolve("lessons/one.md"),
                """
                ---
                id: archived-one
                title: Archived logs
                minutes: 5
                scenario: zipped
                ---

                # Archived logs

                ```exercise
                id: who
                question: Which address posted to the web shell?
                type: ip
                answer: 203.0.113.21
                points: 10
                explanation: The two POSTs come from it.
                query: W3CIISLog | where csMethod == "POST" | distinct cIP
                ```
                """);
        Path logs =
                Files.createDirectories(
                        course.resolve("samples/zipped/inetpub/logs/LogFiles/W3SVC1"));
        try (OutputStream out =
                new GZIPOutputStream(Files.newOutputStream(logs.resolve("u_ex210303.log.gz")))) {
            out.write(IIS.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        try (ZipOutputStream zip =
                new ZipOutputStream(
                        Files.newOutputStream(course.resolve("samples/zipped/bomb.zip")))) {
            zip.putNextEntry(new ZipEntry("inetpub/logs/LogFiles/W3SVC1/u_ex210304.log"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
    }

    @Test
    void theExerciseShellReadsGzippedLogsAndNamesTheZipBombItSkipped() throws Exception {
        writeCourse();
        TestIo io = new TestIo(data);
        try (ScreenDriver screen = new ScreenDriver(100, 30)) {
            io.terminal(screen::terminal);
            screen.start(() -> io.run("--content", course.toString(), "lesson", "archived-one"))
                    .waitFor("open exercise 1");
            screen.type("1").waitFor("hunt> ");
            assertThat(screen.output())
                    .contains("Not read: 1 file or archive")
                    .contains("bomb.zip: expands to more than 256 MiB");
            screen.type("W3CIISLog | count\r").waitFor("1 row in");
            assertThat(screen.output()).containsPattern("-----\\s+2\\s");
            screen.type("back\r").waitFor("open exercise 1");
            screen.type("q");
            assertThat(screen.exitStatus()).isZero();
        }
    }

    @Test
    void huntOverTheSameScenarioSaysTheSameAndCountsTheSameRows() throws IOException {
        writeCourse();
        TestIo io = new TestIo(data);
        int status =
                io.run(
                        "--content",
                        course.toString(),
                        "hunt",
                        "--scenario",
                        "zipped",
                        "-q",
                        "W3CIISLog | count");
        assertThat(status).isZero();
        assertThat(io.out()).containsPattern("Count\\s+-+\\s+2\\b");
        assertThat(io.err())
                .contains("Not read: 1 file or archive")
                .contains("bomb.zip: expands to more than 256 MiB");
    }
}
