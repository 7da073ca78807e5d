package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hygiene.lessons.logs.Text;
import org.junit.jupiter.api.Test;

class ByteLineSourceTest {
    private static final String LITERAL = "ServerInfo~";

    /** Hands out at most {@code step} bytes a read, so lines and literals straddle reads. */
    private static InputStream trickle(byte[] bytes, int step) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<String> kept(InputStream in, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (ByteLineSource source = new ByteLineSource(in, LITERAL, max)) {
            String line;
            while ((line = source.next()) != null) {
                out.add(source.lineNumber() + ":" + line + (source.tooLong() ? "<cut>" : ""));
            }
        }
        return out;
    }

    /** What the text path keeps: every line a literal filter or the reader could use. */
    private static List<String> expected(byte[] bytes, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineSource source = new LineSource(new ByteArrayInputStream(bytes), max)) {
            String line;
            while ((line = source.next()) != null) {
                if (source.tooLong()
                        || line.startsWith("#")
                        || Text.indexOfIgnoreCase(line, LITERAL.toLowerCase()) >= 0) {
                    out.add(source.lineNumber() + ":" + line + (source.tooLong() ? "<cut>" : ""));
                }
            }
        }
        return out;
    }

    @Test
    void keepsDirectivesAndLiteralLinesWithTheirNumbersOverCrlfLfAndCr() throws IOException {
        byte[] bytes =
                Rows.concat(
                        Rows.BOM,
                        Rows.utf8("#Fields: a\r\nplain\nx SERVERINFO~y\rskip\r\n\nserverinfo~\r"));
        assertThat(kept(new ByteArrayInputStream(bytes), 100))
                .containsExactly("1:#Fields: a", "3:x SERVERINFO~y", "6:serverinfo~");
    }

    @Test
    void findsALiteralSplitAcrossReadsOfAnySize() throws IOException {
        byte[] bytes = Rows.utf8("skip me\n".repeat(50) + "a ServerInfo~b\n" + "tail");
        for (int step = 1; step < 20; step++) {
            assertThat(kept(trickle(bytes, step), 100)).containsExactly("51:a ServerInfo~b");
        }
    }

    @Test
    void decodesAKeptLineWithMultiByteNeighboursAndInvalidBytesAsTheTextPathDoes()
            throws IOException {
        byte[] bytes =
                Rows.concat(
                        Rows.utf8("é ServerInfo~ü 日本\n"),
                        new byte[] {(byte) 0xE2, (byte) 0x82, 'S', 'e', 'r', 'v', 'e', 'r'},
                        Rows.utf8("Info~"),
                        new byte[] {(byte) 0xF0, (byte) 0x9F, '\n', (byte) 0xFF, 'x', '\n'});
        assertThat(kept(new ByteArrayInputStream(bytes), 100))
                .containsExactly("1:é ServerInfo~ü 日本", "2:\uFFFDServerInfo~\uFFFD")
                .isEqualTo(expected(bytes, 100));
    }

    @Test
    void keepsAnOverLongLineCutAndFlaggedWithoutTheLiteral() throws IOException {
        byte[] bytes = Rows.utf8("short\n" + "y".repeat(5000) + "\n#d\n");
        assertThat(kept(trickle(bytes, 7), 10))
                .containsExactly("2:yyyyyyyyyy<cut>", "3:#d")
                .isEqualTo(expected(bytes, 10));
    }

    @Test
    void aLineOfMultiByteCharsIsOverLongOnlyWhenItsCharsAre() throws IOException {
        // 8 chars in 24 bytes: over the limit in bytes, not in chars.
        byte[] bytes = Rows.utf8("日本日本日本日本\n" + "日本日本日本日本日\n");
        assertThat(kept(new ByteArrayInputStream(bytes), 8)).containsExactly("2:日本日本日本日本<cut>");
    }

    @Test
    void keepsExactlyTheLinesTheTextPathKeepsOnRandomBytes() throws IOException {
        Random random = new Random(2021);
        String[] pieces = {
            "ServerInfo~",
            "serverinfo~",
            "Server",
            "Info~",
            "#",
            "\r",
            "\n",
            "\r\n",
            "a",
            " ",
            "é",
            "日",
            "\uD83D\uDE00"
        };
        byte[] odd = {(byte) 0xE2, (byte) 0x82, (byte) 0xF0, (byte) 0x9F, (byte) 0xFF, (byte) 0x80};
        for (int round = 0; round < 2000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            if (random.nextInt(4) == 0) {
                out.writeBytes(Rows.BOM);
            }
            int parts = random.nextInt(40);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(5) == 0) {
                    out.write(odd[random.nextInt(odd.length)]);
                } else {
                    out.writeBytes(Rows.utf8(pieces[random.nextInt(pieces.length)]));
                }
            }
            byte[] bytes = out.toByteArray();
            int max = 4 + random.nextInt(30);
            assertThat(kept(trickle(bytes, 1 + random.nextInt(16)), max))
                    .as("round %d", round)
                    .isEqualTo(expected(bytes, max));
        }
    }

    /** Lines of about a hundred bytes, a {@code ServerInfo~} in every {@code every}-th. */
    private static String log(int lines, int every, String eol) {
        StringBuilder b = new StringBuilder("#Software: x" + eol + "#Fields: a,b" + eol);
        for (int i = 1; i <= lines; i++) {
            b.append("2021-03-03T06:49:43Z,").append(i).append(",MailboxGuid~42");
            if (every > 0 && i % every == 0) {
                b.append(i % 2 == 0 ? ",ServerInfo~a]@ex01" : ",sERVERiNFO~b");
            }
            b.append(",Mozilla/5.0 (Windows NT 10.0)").append(eol);
        }
        return b.toString();
    }

    @Test
    void findsTheSameLinesAsTheTextPathOverBuffersOfManyWholeLines() throws IOException {
        for (String eol : new String[] {"\n", "\r\n", "\r"}) {
            for (int every : new int[] {0, 1, 3, 997}) {
                byte[] bytes = Rows.utf8(log(5000, every, eol));
                List<String> expected = expected(bytes, LineSource.MAX_LINE);
                assertThat(kept(new ByteArrayInputStream(bytes), LineSource.MAX_LINE))
                        .as("eol %s, every %d", eol.replace("\r", "CR").replace("\n", "LF"), every)
                        .hasSize(2 + (every == 0 ? 0 : 5000 / every))
                        .isEqualTo(expected);
                assertThat(kept(trickle(bytes, 4093), LineSource.MAX_LINE)).isEqualTo(expected);
            }
        }
    }

    @Test
    void findsALiteralAndACrlfSplitAtTheBoundaryOfTwoFullReads() throws IOException {
        // Reads are 64 KiB: put the literal, then a CRLF, across the first boundary.
        for (int shift = 0; shift < 14; shift++) {
            String filler = "x".repeat(99) + "\r\n";
            int lines = (1 << 16) / filler.length();
            String head = filler.repeat(lines);
            String pad = "y".repeat((1 << 16) - head.length() - 11 + shift);
            String text = head + pad + "ServerInfo~\r\n#Fields: late\r\nlast ServerInfo~";
            byte[] bytes = Rows.utf8(text);
            assertThat(kept(new ByteArrayInputStream(bytes), LineSource.MAX_LINE))
                    .as("shift %d", shift)
                    .containsExactly(
                            (lines + 1) + ":" + pad + "ServerInfo~",
                            (lines + 2) + ":#Fields: late",
                            (lines + 3) + ":last ServerInfo~");
        }
    }

    @Test
    void keepsALastLineWithoutItsBreakAndCountsAFinalLoneCr() throws IOException {
        assertThat(kept(new ByteArrayInputStream(Rows.utf8("a\nb ServerInfo~")), 100))
                .containsExactly("2:b ServerInfo~");
        assertThat(kept(new ByteArrayInputStream(Rows.utf8("a\r\nServerInfo~\r")), 100))
                .containsExactly("2:ServerInfo~");
        assertThat(kept(new ByteArrayInputStream(Rows.utf8("a\r\r\n\rServerInfo~\n")), 100))
                .containsExactly("4:ServerInfo~");
        assertThat(kept(new ByteArrayInputStream(new byte[0]), 100)).isEmpty();
    }

    @Test
    void keepsNothingButDirectivesWhenNoLineHoldsTheLiteral() throws IOException {
        byte[] bytes = Rows.utf8(log(20000, 0, "\r\n") + "#Fields: again\r\n" + "ServerInfo\r\n");
        assertThat(kept(new ByteArrayInputStream(bytes), LineSource.MAX_LINE))
                .containsExactly("1:#Software: x", "2:#Fields: a,b", "20003:#Fields: again");
    }

    @Test
    void readsAGzippedLogAsItsPlainBytes() throws IOException {
        byte[] plain = Rows.utf8(log(30000, 7, "\r\n"));
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(plain);
        }
        InputStream in =
                new java.util.zip.GZIPInputStream(new ByteArrayInputStream(zipped.toByteArray()));
        assertThat(kept(in, LineSource.MAX_LINE))
                .hasSize(2 + 30000 / 7)
                .isEqualTo(expected(plain, LineSource.MAX_LINE));
    }

    @Test
    void keepsExactlyTheLinesTheTextPathKeepsOnRandomLinesUnderTheLimit() throws IOException {
        Random random = new Random(26855);
        String[] pieces = {
            "ServerInfo~",
            "SERVERINFO~",
            "Server",
            "Info~",
            "#",
            "\r",
            "\n",
            "\r\n",
            "\r\n",
            "abcdefgh",
            " ",
            "é",
            "~",
            "\uD83D\uDE00"
        };
        for (int round = 0; round < 1000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int parts = random.nextInt(400);
            for (int p = 0; p < parts; p++) {
                out.writeBytes(Rows.utf8(pieces[random.nextInt(pieces.length)]));
            }
            byte[] bytes = out.toByteArray();
            assertThat(kept(trickle(bytes, 1 + random.nextInt(64)), 10_000))
                    .as("round %d", round)
                    .isEqualTo(expected(bytes, 10_000));
        }
    }
}
