package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// A guard against hangs (catastrophic backtracking, runaway loops), not a speed goal: generous,
// because shared build machines are slow. commonmark-java's PathologicalTest does the same.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CheckHostileInputTest {
    static final String HIT =
            Logs.proxy(
                    "2021-03-03T06:49:43.699Z",
                    LogCheckTest.HOST + "/mapi/emsmdb/?#",
                    200,
                    "1.2.3.4");

    @TempDir Path root;

    static Results check(Path root) throws IOException {
        return new LogCheck(LogCheck.DEFAULT_INSTALL_PATH, 2).run(List.of(root), Listeners.NONE);
    }

    @Test
    void bomCrlfAndATruncatedLastLineStillGiveTheHitWithItsLine() throws IOException {
        String text =
                "\uFEFF" + (Logs.PROXY_HEADER + HIT).replace("\n", "\r\n") + "2021-03-03T06:49";
        Logs.write(root, LogCheckTest.ECP, text);

        Results r = check(root);

        assertThat(r.findings(FindingKind.SSRF))
                .singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(6));
    }

    @Test
    void garbageAndInvalidUtf8AroundAHitAreSkipped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(Logs.PROXY_HEADER.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(
                new byte[] {
                    (byte) 0xff,
                    (byte) 0xfe,
                    'S',
                    'e',
                    'r',
                    'v',
                    'e',
                    'r',
                    'I',
                    'n',
                    'f',
                    'o',
                    '~',
                    0x1b,
                    '[',
                    '3',
                    '1',
                    'm',
                    '\n'
                });
        bytes.writeBytes(HIT.getBytes(StandardCharsets.UTF_8));
        Logs.write(root, LogCheckTest.ECP, bytes.toByteArray());

        Results r = check(root);

        assertThat(r.count(Check.CVE_2021_26855)).isEqualTo(1);
        assertThat(r.unchecked()).singleElement().asString().contains(":6:");
    }

    @Test
    void aHundredMegabyteLineIsSkippedAndReportedWithoutStoppingTheRun() throws IOException {
        Path file = root.resolve(LogCheckTest.ECP);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(Logs.PROXY_HEADER.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            out.write("ServerInfo~".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
            out.write('\n');
            out.write(HIT.getBytes(StandardCharsets.UTF_8));
        }

        Results r = check(root);

        assertThat(r.findings(FindingKind.SSRF))
                .singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(7));
        assertThat(r.unchecked()).singleElement().asString().contains("over 1 MiB");
    }

    @Test
    void logsAreReadInsideZipAndGzipArchivesWithoutExtracting() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write((Logs.PROXY_HEADER + HIT).getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(
                    new ZipEntry("../../V15/Logging/HttpProxy/Ecp/HttpProxy_2021030306-1.LOG"));
            out.write((Logs.PROXY_HEADER + HIT).getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("Triage/hostname.txt"));
            out.write("EX02\r\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(
                    new ZipEntry("V15/Logging/HttpProxy/Owa/HttpProxy_2021030307-1.LOG.gz"));
            out.write(gz.toByteArray());
        }
        Logs.write(root, "collected.zip", zip.toByteArray());

        Results r = check(root);

        assertThat(r.findings(FindingKind.SSRF))
                .extracting(Finding::where)
                .containsExactlyInAnyOrder(
                        root
                                + "/collected.zip!/../../V15/Logging/HttpProxy/Ecp/HttpProxy_2021030306-1.LOG:6",
                        root
                                + "/collected.zip!/V15/Logging/HttpProxy/Owa/HttpProxy_2021030307-1.LOG.gz:6");
        assertThat(Files.list(root)).hasSize(1);
        assertThat(r.computer()).isEqualTo("EX02");
    }

    @Test
    void aZipBombCostsAMessageNotTheRun() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("V15/Logging/HttpProxy/Ecp/HttpProxy_2021030306-1.LOG"));
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
        }
        Logs.write(root, "bomb.zip", zip.toByteArray());
        Logs.write(root, LogCheckTest.ECP, Logs.PROXY_HEADER + HIT);

        Results r = check(root);

        assertThat(r.count(Check.CVE_2021_26855)).isEqualTo(1);
        assertThat(r.unreadable())
                .singleElement()
                .asString()
                .contains("bomb.zip")
                .contains("zip bomb");
    }

    @Test
    void anUnreadableFileIsReportedAndSkipped() throws IOException {
        Path locked = Logs.write(root, LogCheckTest.OWA, Logs.PROXY_HEADER + HIT);
        Logs.write(root, LogCheckTest.ECP, Logs.PROXY_HEADER + HIT);
        // Inject the failure: file permissions do not stop root, and CI runs as root.
        ItemReader.Opener deniedForOne =
                file -> {
                    if (file.equals(locked)) {
                        throw new java.nio.file.AccessDeniedException(file.toString());
                    }
                    return Files.newInputStream(file);
                };

        Results r =
                new LogCheck(LogCheck.DEFAULT_INSTALL_PATH, 2, deniedForOne)
                        .run(List.of(root), Listeners.NONE);

        assertThat(r.count(Check.CVE_2021_26855)).isEqualTo(1);
        assertThat(r.unreadable()).singleElement().asString().contains("permission denied");
    }

    @Test
    void randomBytesWhereALogShouldBeAndABrokenZipAreUnreadableNotClean() throws IOException {
        byte[] noise = new byte[200_000];
        new java.util.Random(7).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == '~') {
                noise[i] = 'x';
            }
        }
        Logs.write(root, LogCheckTest.ECP, noise);
        Logs.write(root, "broken.zip", "PK\u0003\u0004 this is not a zip at all".repeat(3));

        Results r = check(root);

        assertThat(r.unreadable()).hasSize(2);
        assertThat(CheckVerdict.of(r)).isEqualTo(CheckVerdict.INCOMPLETE);
    }

    @Test
    void aCorruptZipIsDescribedInWordsNotByItsExceptionClass() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("Exchange/Logging/HttpProxy/Ecp/HttpProxy_1.LOG"));
            zip.write((Logs.PROXY_HEADER + HIT).repeat(200).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] whole = bytes.toByteArray();
        Logs.write(root, "cut.zip", Arrays.copyOf(whole, whole.length / 2));

        Results r = check(root);

        assertThat(r.unreadable())
                .isNotEmpty()
                .allSatisfy(
                        u ->
                                assertThat(u)
                                        .contains("the file ends too early")
                                        .doesNotContain("Exception")
                                        .doesNotContain("java."));
        assertThat(CheckVerdict.of(r)).isNotEqualTo(CheckVerdict.CLEAN);
    }
}
