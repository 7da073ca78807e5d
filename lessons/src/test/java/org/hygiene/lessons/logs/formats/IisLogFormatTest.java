package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.hygiene.lessons.logs.RawFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IisLogFormatTest {
    static final String HEADER =
            """
            #Software: Microsoft Internet Information Services 10.0
            #Version: 1.0
            #Date: 2021-03-05 00:00:00
            #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
            """;
    static final String SHELL =
            "2021-03-05 03:06:27 10.0.0.5 POST /owa/auth/x.aspx"
                    + " &CorrelationID=<empty>;&cafeReqId=cde28fc4;&encoding=; 443 - 192.0.2.7"
                    + " Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 133\n";

    @TempDir Path dir;

    private Rows.Result read(String name, byte[] bytes) throws IOException {
        return Rows.read(new IisLogFormat("EXCH01"), dir, name, bytes);
    }

    @Test
    void readsFieldsIntoSentinelColumnsWithTheSiteFromTheFolder() throws IOException {
        Rows.Result r =
                read(
                        "inetpub/logs/LogFiles/W3SVC1/u_ex210305.log",
                        Rows.concat(Rows.BOM, Rows.crlf(HEADER + SHELL)));
        assertThat(r.rows()).hasSize(1);
        var row = r.row(0);
        assertThat(row.get("TimeGenerated")).isEqualTo(Instant.parse("2021-03-05T03:06:27Z"));
        assertThat(row.get("sSiteName")).isEqualTo("Default Web Site");
        assertThat(row.get("Computer")).isEqualTo("EXCH01");
        assertThat(row.get("csMethod")).isEqualTo("POST");
        assertThat(row.get("csUriStem")).isEqualTo("/owa/auth/x.aspx");
        assertThat(row.get("sPort")).isEqualTo(443L);
        assertThat(row.get("scStatus")).isEqualTo("200");
        assertThat(row.get("TimeTaken")).isEqualTo(133L);
        assertThat(row.get("csUserAgent")).isEqualTo("Mozilla/5.0+(Windows+NT+10.0)");
        assertThat(row.get("csUserName")).isEqualTo("-");
        assertThat(row.origin().toString())
                .isEqualTo("inetpub/logs/LogFiles/W3SVC1/u_ex210305.log:5");
    }

    @Test
    void namesTheBackEndSite() {
        assertThat(IisLogFormat.siteName("inetpub/logs/LogFiles/W3SVC2/u_ex210305.log"))
                .isEqualTo("Exchange Back End");
        assertThat(IisLogFormat.siteName("x/W3SVC7/u.log")).isEqualTo("W3SVC7");
    }

    @Test
    void followsAFieldsLineThatChangesMidFile() throws IOException {
        String text =
                HEADER
                        + SHELL
                        + "#Software: Microsoft Internet Information Services 10.0\n"
                        + "#Fields: date time c-ip cs-method cs-uri-stem sc-status\n"
                        + "2021-03-05 04:00:00 198.51.100.1 GET /owa/ 302\n";
        Rows.Result r = read("W3SVC1/u_ex210305.log", Rows.crlf(text));
        assertThat(r.rows()).hasSize(2);
        assertThat(r.row(1).get("cIP")).isEqualTo("198.51.100.1");
        assertThat(r.row(1).get("scStatus")).isEqualTo("302");
        assertThat(r.row(1).get("sPort")).isNull();
    }

    @Test
    void countsATruncatedLastLineGarbageAndBadDatesAsRejected() throws IOException {
        String text =
                HEADER
                        + SHELL
                        + "this is not a log line\n"
                        + "2021-99-05 03:06:27 10.0.0.5 GET / - 443 - 192.0.2.7 ua - 200 0 0 1\n"
                        + SHELL.substring(0, 40);
        Rows.Result r = read("W3SVC1/u_ex210305.log", Rows.crlf(text));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rejected()).isEqualTo(3);
    }

    @Test
    void replacesInvalidUtf8AndKeepsTheRow() throws IOException {
        byte[] bytes =
                Rows.concat(
                        Rows.utf8(HEADER),
                        Rows.utf8("2021-03-05 03:06:27 10.0.0.5 GET /a"),
                        new byte[] {(byte) 0xFF},
                        Rows.utf8(" - 443 - 192.0.2.7 ua - 200 0 0 1\n"));
        Rows.Result r = read("W3SVC1/u_ex210305.log", bytes);
        assertThat(r.row(0).get("csUriStem")).isEqualTo("/a\uFFFD");
    }

    @Test
    void linesBeforeAnyFieldsLineAreRejected() throws IOException {
        Rows.Result r = read("W3SVC1/u_ex210305.log", Rows.utf8("2021-03-05 03:06:27 x\n"));
        assertThat(r.rows()).isEmpty();
        assertThat(r.rejected()).isEqualTo(1);
    }

    @Test
    void theRawFilterSkipsLinesBeforeParsing() throws IOException {
        Rows.Result r =
                read(
                        "W3SVC1/u_ex210305.log",
                        Rows.crlf(HEADER + SHELL + SHELL.replace("x.aspx", "y.aspx")));
        assertThat(r.rows()).hasSize(2);
        Rows.Result only =
                Rows.read(
                        new IisLogFormat(""),
                        dir,
                        "W3SVC1/u_ex210306.log",
                        Rows.crlf(HEADER + SHELL + SHELL.replace("x.aspx", "y.aspx")),
                        RawFilter.containsIgnoreCase("Y.ASPX"));
        assertThat(only.rows()).hasSize(1);
        assertThat(only.row(0).get("csUriStem")).isEqualTo("/owa/auth/y.aspx");
    }

    @Test
    void theByteLevelFilterKeepsLineNumbersAndStillCountsOverLongLines() throws IOException {
        byte[] bytes =
                Rows.concat(
                        Rows.BOM,
                        Rows.crlf(
                                HEADER
                                        + SHELL
                                        + "x".repeat(LineSource.MAX_LINE + 10)
                                        + "\n"
                                        + SHELL.replace("x.aspx", "y.aspx")));
        Rows.Result all = read("W3SVC1/u_ex210307.log", bytes);
        Rows.Result only =
                Rows.read(
                        new IisLogFormat("EXCH01"),
                        dir,
                        "W3SVC1/u_ex210308.log",
                        bytes,
                        RawFilter.containsIgnoreCase("Y.ASPX"));
        assertThat(only.rows()).hasSize(1);
        assertThat(only.row(0).origin().line()).isEqualTo(all.row(1).origin().line());
        assertThat(only.rejected()).isEqualTo(all.rejected()).isEqualTo(1);
    }
}
