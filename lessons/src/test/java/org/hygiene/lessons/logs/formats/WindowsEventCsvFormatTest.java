package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsEventCsvFormatTest {
    static final String HEADER =
            "\"TimeCreated\",\"Id\",\"Level\",\"LevelDisplayName\",\"LogName\","
                    + "\"ProviderName\",\"MachineName\",\"Message\"\n";
    static final String PROCESS =
            "\"2/26/2021 2:31:04"
                + " AM\",\"4688\",\"0\",\"Information\",\"Security\",\"Microsoft-Windows-Security-Auditing\",\"exch01.example.local\",\"A"
                + " new process has been created.\n"
                + "\n"
                + "Creator Subject:\n"
                + "\tSecurity ID:\t\tS-1-5-18\n"
                + "\tAccount Name:\t\tEXCH01$\n"
                + "\tAccount Domain:\t\tEXAMPLE\n"
                + "\tLogon ID:\t\t0x3E7\n"
                + "\n"
                + "Target Subject:\n"
                + "\tSecurity ID:\t\tS-1-0-0\n"
                + "\tAccount Name:\t\t-\n"
                + "\n"
                + "Process Information:\n"
                + "\tNew Process ID:\t\t0x1524\n"
                + "\tNew Process Name:\tC:\\Windows\\System32\\cmd.exe\n"
                + "\tMandatory Label:\t\tS-1-16-16384\n"
                + "\tCreator Process Name:\tC:\\Windows\\System32\\inetsrv\\w3wp.exe\n"
                + "\tProcess Command Line:\tcmd /c \"\"cd /d x\"\"&whoami&echo [S]\n"
                + "\n"
                + "Token Elevation Type indicates the type of token, which matters.\"\n";
    static final String SYSMON =
            "\"2/26/2021 2:31:04 AM\",\"1\",\"4\",\"Information\","
                + "\"Microsoft-Windows-Sysmon/Operational\",\"Microsoft-Windows-Sysmon\",\"exch01\",\"Process"
                + " Create:\n"
                + "Image: C:\\Windows\\System32\\cmd.exe\n"
                + "Product: Microsoft® Windows®\"\n";

    @TempDir Path dir;

    @Test
    void readsSecurityEventsWithTheirMessageFieldsInSentinelNames() throws IOException {
        Rows.Result r =
                Rows.read(
                        WindowsEventCsvFormat.securityEvent(),
                        dir,
                        "Triage/Security.csv",
                        Rows.concat(Rows.BOM, Rows.crlf(HEADER + PROCESS + SYSMON)));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rejected()).isZero();
        var row = r.row(0);
        assertThat(row.get("TimeGenerated")).isEqualTo(Instant.parse("2021-02-26T02:31:04Z"));
        assertThat(row.get("EventID")).isEqualTo(4688L);
        assertThat(row.get("Activity")).isEqualTo("4688 - A new process has been created.");
        assertThat(row.get("SubjectUserName")).isEqualTo("EXCH01$");
        assertThat(row.get("Account")).isEqualTo("EXAMPLE\\EXCH01$");
        assertThat(row.get("TargetUserName")).isEqualTo("-");
        assertThat(row.get("NewProcessName")).isEqualTo("C:\\Windows\\System32\\cmd.exe");
        assertThat(row.get("Process")).isEqualTo("cmd.exe");
        assertThat(row.get("ParentProcessName"))
                .isEqualTo("C:\\Windows\\System32\\inetsrv\\w3wp.exe");
        assertThat(row.get("CommandLine")).isEqualTo("cmd /c \"cd /d x\"&whoami&echo [S]");
        assertThat(row.get("MandatoryLabel")).isEqualTo("S-1-16-16384");
        assertThat(row.get("Computer")).isEqualTo("exch01.example.local");
        assertThat(row.origin().line()).isEqualTo(2);
    }

    @Test
    void readsOtherLogsIntoTheEventTable() throws IOException {
        Rows.Result r =
                Rows.read(
                        WindowsEventCsvFormat.event(),
                        dir,
                        "Triage/all.csv",
                        Rows.crlf(HEADER + PROCESS + SYSMON));
        assertThat(r.rows()).hasSize(1);
        var row = r.row(0);
        assertThat(row.get("Source")).isEqualTo("Microsoft-Windows-Sysmon");
        assertThat(row.get("EventLog")).isEqualTo("Microsoft-Windows-Sysmon/Operational");
        assertThat(row.get("EventID")).isEqualTo(1L);
        assertThat(row.get("EventLevel")).isEqualTo(4L);
        assertThat(row.get("RenderedDescription"))
                .asString()
                .contains("Product: Microsoft® Windows®");
        assertThat(row.origin().line()).isEqualTo(22);
    }

    @Test
    void readsOtherColumnSetsByTheHeaderAndKeepsUnknownColumns() throws IOException {
        String text =
                "#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\n"
                    + "\"Message\",\"Id\",\"RecordId\",\"TimeCreated\",\"ProviderName\"\n"
                    + "\"hello,"
                    + " world\",\"1002\",\"77\",\"2021-02-26T02:23:44.2000000Z\",\"MSExchange Front"
                    + " End HTTP Proxy\"\n";
        Rows.Result r =
                Rows.read(WindowsEventCsvFormat.event(), dir, "Triage/app.csv", Rows.utf8(text));
        var row = r.row(0);
        assertThat(row.get("RenderedDescription")).isEqualTo("hello, world");
        assertThat(row.get("RecordId")).isEqualTo("77");
        assertThat(row.get("TimeGenerated")).isEqualTo(Instant.parse("2021-02-26T02:23:44.2Z"));
        assertThat(row.get("EventLog")).isNull();
    }

    @Test
    void rejectsRecordsWithTheWrongFieldCountAndAnUnclosedLastRecord() throws IOException {
        String text = HEADER + "\"garbage\"\n" + SYSMON + SYSMON.substring(0, 150);
        Rows.Result r =
                Rows.read(WindowsEventCsvFormat.event(), dir, "Triage/s.csv", Rows.crlf(text));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rejected()).isEqualTo(2);
    }

    @Test
    void recognisesExportsByTheirHeader() {
        WindowsEventCsvFormat f = WindowsEventCsvFormat.event();
        assertThat(f.recognises("/a.csv", new LogFileHead(java.util.List.of(HEADER.strip()))))
                .isTrue();
        assertThat(
                        f.recognises(
                                "/a.csv",
                                new LogFileHead(java.util.List.of("\"FullName\",\"Length\""))))
                .isFalse();
        assertThat(f.recognises("/a.txt", new LogFileHead(java.util.List.of(HEADER.strip()))))
                .isFalse();
    }
}
