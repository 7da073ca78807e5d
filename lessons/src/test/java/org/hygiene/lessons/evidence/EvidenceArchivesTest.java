package org.hygiene.lessons.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.formats.HttpProxyLogFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hunt reads {@code .zip} and {@code .gz} evidence as {@code check} does, behind the same
 * limits, and names every file it could not read with the reason.
 */
class EvidenceArchivesTest {
    static final String ECP = "V15/Logging/HttpProxy/Ecp/HttpProxy_2021030306-1.LOG";
    static final String OWA = "V15/Logging/HttpProxy/Owa/HttpProxy_2021030307-1.LOG";

    @TempDir Path root;

    static String proxyLog(String anchor) {
        List<String> values = new ArrayList<>();
        for (String name : HttpProxyLogFormat.FIELDS) {
            values.add(
                    switch (name) {
                        case "DateTime" -> "2021-03-03T06:49:43.699Z";
                        case "Protocol" -> "Ecp";
                        case "AnchorMailbox" -> anchor;
                        case "ClientIpAddress" -> "192.0.2.7";
                        case "HttpStatus" -> "200";
                        default -> "";
                    });
        }
        return "#Software: Microsoft Exchange Server\n"
                + "#Log-type: HttpProxy Logs\n"
                + "#Fields: "
                + String.join(",", HttpProxyLogFormat.FIELDS)
                + "\n"
                + String.join(",", values)
                + "\n";
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static void write(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** A server's logs collected into one zip, a gz beside it, and a gz inside the zip. */
    static void collected(Path root) throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("../../" + ECP));
            out.write(
                    proxyLog("ServerInfo~a]@ex01:444/ecp/x.js?#").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("Triage/hostname.txt"));
            out.write("EX02\r\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry(OWA + ".gz"));
            out.write(gzip(proxyLog("ServerInfo~b]@ex01:444/owa/?#")));
            out.putNextEntry(new ZipEntry("Triage/notes.txt"));
            out.write("free text".getBytes(StandardCharsets.UTF_8));
        }
        write(root, "collected.zip", zip.toByteArray());
        write(root, ECP.replace("06-1", "08-1") + ".gz", gzip(proxyLog("alice@contoso.com")));
    }

    static List<String> anchors(LogTable table) throws IOException {
        List<String> seen = new ArrayList<>();
        try (RowCursor c = table.open(RawFilter.ALL)) {
            Row row;
            while ((row = c.next()) != null) {
                seen.add(row.get("AnchorMailbox") + " from " + row.origin().file());
            }
        }
        return seen;
    }

    @Test
    void logsInsideZipAndGzipArchivesAreRowsOfTheirTable() throws IOException {
        collected(root);

        Evidence evidence = Evidence.scan(root);
        LogTable proxy = evidence.table("HttpProxy").orElseThrow();

        assertThat(evidence.files("HttpProxy"))
                .containsExactly(
                        ECP.replace("06-1", "08-1") + ".gz",
                        "collected.zip!/../../" + ECP,
                        "collected.zip!/" + OWA + ".gz");
        for (int pass = 0; pass < 2; pass++) {
            assertThat(anchors(proxy))
                    .containsExactly(
                            "alice@contoso.com from " + ECP.replace("06-1", "08-1") + ".gz",
                            "ServerInfo~a]@ex01:444/ecp/x.js?# from collected.zip!/../../" + ECP,
                            "ServerInfo~b]@ex01:444/owa/?# from collected.zip!/" + OWA + ".gz");
        }
        assertThat(evidence.computer()).isEqualTo("EX02");
        assertThat(evidence.unrecognised()).containsExactly("collected.zip!/Triage/notes.txt");
        assertThat(evidence.skipped()).isEmpty();
        assertThat(EvidenceNotices.logFiles(evidence)).isEqualTo(3);
        assertThat(Files.list(root)).hasSize(2); // nothing extracted
    }

    @Test
    void aZipBombIsNamedWithTheReasonAndTheOtherLogsStillRead() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry(OWA));
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
        }
        write(root, "bomb.zip", zip.toByteArray());
        write(root, ECP, proxyLog("ServerInfo~a]@ex01:444/ecp/x.js?#").getBytes());

        Evidence evidence = Evidence.scan(root);

        assertThat(evidence.files("HttpProxy")).containsExactly(ECP);
        assertThat(evidence.skipped())
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.file()).isEqualTo("bomb.zip");
                            assertThat(s.reason()).contains("possible zip bomb");
                        });
        assertThat(EvidenceNotices.skipped(evidence))
                .first()
                .asString()
                .startsWith("Not read: 1 file or archive");
        assertThat(EvidenceNotices.skipped(evidence))
                .anyMatch(l -> l.contains("bomb.zip: expands"));
    }

    @Test
    void brokenNestedAndTruncatedArchivesAreSkippedWithTheirReasons() throws IOException {
        write(root, "broken.zip", "PK\u0003\u0004 this is not a zip at all".repeat(3).getBytes());
        write(root, "short.zip", "PK\u0003\u0004 not a zip".getBytes());
        write(root, "not-gzip.log.gz", "plain text, not gzip".getBytes());
        byte[] nested = gzip(proxyLog("x"));
        for (int i = 0; i < 3; i++) {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                out.putNextEntry(new ZipEntry(i == 0 ? ECP + ".gz" : "inner.zip"));
                out.write(nested);
            }
            nested = zip.toByteArray();
        }
        write(root, "deep.zip", nested);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(whole)) {
            out.putNextEntry(new ZipEntry(ECP));
            out.write(proxyLog("ServerInfo~a]@ex01:444/ecp/x.js?#").repeat(200).getBytes());
        }
        byte[] cut = Arrays.copyOf(whole.toByteArray(), whole.size() / 2);
        write(root, "cut.zip", cut);

        Evidence evidence = Evidence.scan(root);

        assertThat(evidence.skipped())
                .extracting(s -> s.file() + ": " + s.reason())
                .anyMatch(s -> s.startsWith("broken.zip: "))
                .anyMatch(s -> s.equals("short.zip: not a zip archive, or no entry could be read"))
                .anyMatch(s -> s.startsWith("not-gzip.log.gz: corrupt archive"))
                .anyMatch(
                        s ->
                                s.startsWith("deep.zip!/inner.zip!/inner.zip!/")
                                        && s.endsWith(
                                                "archives nested more than 3 deep are not opened"))
                .anyMatch(s -> s.startsWith("cut.zip") && s.contains("the file ends too early"))
                .noneMatch(s -> s.contains("Exception") || s.contains("java."));
    }

    @Test
    void oneArchiveNamedAloneIsReadLikeAFolderHoldingIt() throws IOException {
        collected(root);

        Evidence evidence = Evidence.scan(root.resolve("collected.zip"));

        assertThat(evidence.files("HttpProxy"))
                .containsExactly("collected.zip!/../../" + ECP, "collected.zip!/" + OWA + ".gz");
        assertThat(anchors(evidence.table("HttpProxy").orElseThrow())).hasSize(2);
    }
}
