package org.hygiene.lessons.hunt.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hygiene.lessons.evidence.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log line that cannot be read is named where it first shows, explained once, and listed. */
class SkippedCommandTest {
    @TempDir Path logs;

    @Test
    void theFooterNamesTheLineTheNoteExplainsOnceAndDotSkippedSaysWhy() throws Exception {
        Path dir = Files.createDirectories(logs.resolve("inetpub/logs/LogFiles/W3SVC1"));
        Files.writeString(
                dir.resolve("u_ex210319.log"),
                """
                #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
                2021-03-19 10:03:40 10.0.0.5 GET /owa/ - 443 alice 192.0.2.10 Mozilla/5.0 - 200 0 0 9
                2021-03-19 10:03:48 10.20.0.15 POST /mapi/emsmdb/ MailboxId=a8e5 443 j.lindqvist@harbour\
                """
                        .replace("\n", "\r\n"));

        String screen =
                ShellHarness.run(
                        Evidence.scan(logs).tables(),
                        100,
                        30,
                        b -> {},
                        "W3CIISLog | count\r",
                        ".skipped\r",
                        "W3CIISLog | count\r",
                        ".quit\r");

        assertThat(screen)
                .contains("1 unreadable log line left out (u_ex210319.log:3): .skipped says why.")
                .contains("u_ex210319.log:3: it has 8 of the 15 fields its #Fields line lists")
                .contains("2021-03-19 10:03:48 10.20.0.15 POST /mapi/emsmdb/");
        int first = screen.indexOf("Such a line is left out");
        assertThat(first).isPositive();
        assertThat(screen.indexOf("Such a line is left out", first + 1)).isNegative();
    }
}
