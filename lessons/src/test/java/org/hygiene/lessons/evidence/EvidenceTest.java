package org.hygiene.lessons.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTest {
    static final String IIS =
            """
            #Software: Microsoft Internet Information Services 10.0
            #Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
            2021-03-05 03:06:27 10.0.0.5 POST /owa/auth/x.aspx - 443 - 192.0.2.7 ua - 200 0 0 133
            2021-03-05 03:06:28 10.0.0.5 POST /owa/auth/x.aspx - 443 - 192.0.2.7 ua - 200 0 0 133
            broken
            """;
    static final String ECP =
            """
            #Log-type: ECP Server Log
            #Fields: TimeStamp,ServerName,EventId,EventData
            2021-03-03T00:02:33.966Z,EXCH01,ECP.Request,S:CMD=Get-Mailbox
            """;
    static final String EVENTS =
            "\"TimeCreated\",\"Id\",\"LogName\",\"Message\"\n"
                    + "\"3/3/2021 1:00:00 AM\",\"4688\",\"Security\",\"A new process has been"
                    + " created.\"\n"
                    + "\"3/3/2021 1:00:01 AM\",\"1\",\"Application\",\"x\"\n";

    static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void layout(Path root) throws IOException {
        write(root, "inetpub/logs/LogFiles/W3SVC2/u_ex210305.log", IIS);
        write(
                root,
                "Program Files/Microsoft/Exchange"
                        + " Server/V15/Logging/ECP/Server/ECPServer20210303-1.LOG",
                ECP);
        write(root, "Triage/EventLogs/Mixed.csv", EVENTS);
        write(root, "Triage/hostname.txt", "\uFEFFEXCH01\r\n");
        write(root, "Triage/notes.txt", "free text");
    }

    static long count(LogTable table) throws IOException {
        long n = 0;
        try (RowCursor c = table.open(RawFilter.ALL)) {
            while (c.next() != null) {
                n++;
            }
        }
        return n;
    }

    @Test
    void recognisesEachFileAndExposesEveryTable(@TempDir Path root) throws IOException {
        layout(root);
        Evidence evidence = Evidence.scan(root);
        assertThat(evidence.tables())
                .extracting(LogTable::name)
                .containsExactlyElementsOf(Evidence.TABLES);
        assertThat(evidence.computer()).isEqualTo("EXCH01");
        assertThat(evidence.unrecognised()).containsExactly("Triage/notes.txt");
        assertThat(evidence.files("W3CIISLog"))
                .containsExactly("inetpub/logs/LogFiles/W3SVC2/u_ex210305.log");
        assertThat(count(evidence.table("W3CIISLog").orElseThrow())).isEqualTo(2);
        assertThat(count(evidence.table("EcpServer").orElseThrow())).isEqualTo(1);
        assertThat(count(evidence.table("SecurityEvent").orElseThrow())).isEqualTo(1);
        assertThat(count(evidence.table("Event").orElseThrow())).isEqualTo(1);
        assertThat(count(evidence.table("HttpProxy").orElseThrow())).isZero();
        assertThat(evidence.table("Nope")).isEmpty();
    }

    @Test
    void countsRejectedLinesAcrossFilesAndCanReadATableTwice(@TempDir Path root)
            throws IOException {
        layout(root);
        write(root, "inetpub/logs/LogFiles/W3SVC2/u_ex210306.log", IIS);
        LogTable iis = Evidence.scan(root).table("W3CIISLog").orElseThrow();
        for (int pass = 0; pass < 2; pass++) {
            try (RowCursor c = iis.open(RawFilter.ALL)) {
                Row row;
                int n = 0;
                while ((row = c.next()) != null) {
                    assertThat(row.get("sSiteName")).isEqualTo("Exchange Back End");
                    assertThat(row.get("Computer")).isEqualTo("EXCH01");
                    n++;
                }
                assertThat(n).isEqualTo(4);
                assertThat(c.rejected()).isEqualTo(2);
            }
        }
    }

    @Test
    void readsAFolderInsideAZipFileSystem(@TempDir Path temp) throws IOException {
        Path zip = temp.resolve("course.jar");
        URI uri = URI.create("jar:" + zip.toUri());
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("create", "true"))) {
            layout(fs.getPath("/samples/s"));
        }
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
            Evidence evidence = Evidence.scan(fs.getPath("/samples/s"));
            assertThat(count(evidence.table("W3CIISLog").orElseThrow())).isEqualTo(2);
            assertThat(evidence.files("EcpServer"))
                    .containsExactly(
                            "Program Files/Microsoft/Exchange"
                                    + " Server/V15/Logging/ECP/Server/ECPServer20210303-1.LOG");
        }
    }
}
