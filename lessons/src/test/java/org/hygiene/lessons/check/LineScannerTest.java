package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hygiene.lessons.logs.bytes.LiteralSearch;
import org.junit.jupiter.api.Test;

/** The one-pass search of a single literal keeps what the general search of a literal set keeps. */
class LineScannerTest {
    private static InputStream trickle(byte[] bytes, int step) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<String> kept(InputStream in, LiteralSearch literals) throws IOException {
        List<String> out = new ArrayList<>();
        long lines =
                new LineScanner()
                        .scan(
                                in,
                                literals,
                                new LineScanner.Sink() {
                                    @Override
                                    public void line(
                                            long number, int flags, byte[] buf, int from, int to) {
                                        out.add(
                                                number
                                                        + " "
                                                        + flags
                                                        + " "
                                                        + new String(
                                                                buf,
                                                                from,
                                                                to - from,
                                                                StandardCharsets.ISO_8859_1));
                                    }

                                    @Override
                                    public void overlong(long number, boolean candidate) {
                                        out.add(number + " overlong " + candidate);
                                    }
                                });
        out.add("lines " + lines);
        return out;
    }

    @Test
    void findsTheLiteralAndTheDirectivesOnRandomLinesAsTheGeneralSearchDoes() throws IOException {
        Random random = new Random(27065);
        String[] pieces = {
            "ServerInfo~",
            "SERVERINFO~",
            "serverinfo",
            "~",
            "#",
            "\r\n",
            "\n",
            "\n",
            "MailboxGuid~1,",
            "abcdefgh",
            " ",
            "é"
        };
        LiteralSearch single = LiteralSearch.of("ServerInfo~");
        LiteralSearch general = LiteralSearch.of("ServerInfo~", "serverinfo~");
        assertThat(single.single()).isNotNull();
        assertThat(general.single()).isNull();
        for (int round = 0; round < 1100; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int parts = random.nextInt(round < 1000 ? 60 : 20_000);
            for (int p = 0; p < parts; p++) {
                out.writeBytes(
                        pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
            }
            byte[] bytes = out.toByteArray();
            List<String> expected = kept(new ByteArrayInputStream(bytes), general);
            assertThat(kept(trickle(bytes, 1 + random.nextInt(70_000)), single))
                    .as("round %d", round)
                    .isEqualTo(expected);
        }
    }

    @Test
    void findsALetterAnchoredLiteralInEitherCase() throws IOException {
        byte[] bytes =
                "a\n#Fields: x\nVIRTUALdirectory=1\r\nb\nvirtualDirectory\n"
                        .getBytes(StandardCharsets.UTF_8);
        assertThat(kept(new ByteArrayInputStream(bytes), LiteralSearch.of("VirtualDirectory")))
                .containsExactly(
                        "1 2 a",
                        "2 1 #Fields: x",
                        "3 4 VIRTUALdirectory=1",
                        "5 4 virtualDirectory",
                        "lines 5");
    }
}
