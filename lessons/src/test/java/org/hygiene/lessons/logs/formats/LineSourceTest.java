package org.hygiene.lessons.logs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSourceTest {
    private static List<String> lines(byte[] bytes, int max) throws IOException {
        return lines(new LineSource(new ByteArrayInputStream(bytes), max));
    }

    private static List<String> lines(LineSource opened) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineSource source = opened) {
            String line;
            while ((line = source.next()) != null) {
                out.add(
                        line
                                + (source.tooLong() ? "<cut>" : "")
                                + (source.terminated() ? "" : "<eof>"));
            }
        }
        return out;
    }

    @Test
    void aHeadReadsTheSameLinesAsAWholeReadAcrossItsSmallerChunks() throws IOException {
        java.util.Random random = new java.util.Random(4096);
        String[] pieces = {"a", "é", "日", "\uD83D\uDE00", "\r", "\n", "\r\n", "#Fields: x"};
        for (int round = 0; round < 200; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            if (random.nextBoolean()) {
                out.writeBytes(Rows.BOM);
            }
            // Past several 4 KiB chunks, so lines, CRLFs and surrogate pairs straddle them.
            while (out.size() < 20_000) {
                out.writeBytes(Rows.utf8(pieces[random.nextInt(pieces.length)]));
            }
            byte[] bytes = out.toByteArray();
            int max = 1 + random.nextInt(6000);
            assertThat(lines(LineSource.head(new ByteArrayInputStream(bytes), max)))
                    .as("round %d", round)
                    .isEqualTo(lines(bytes, max));
        }
    }

    @Test
    void dropsTheByteOrderMarkAndEndsLinesOnCrlfLfAndCr() throws IOException {
        byte[] bytes = Rows.concat(Rows.BOM, Rows.utf8("a\r\nb\nc\rd"));
        assertThat(lines(bytes, 100)).containsExactly("a", "b", "c", "d<eof>");
    }

    @Test
    void replacesInvalidUtf8InsteadOfFailing() throws IOException {
        byte[] bytes =
                Rows.concat(
                        Rows.utf8("ok "), new byte[] {(byte) 0xC3, (byte) 0x28}, Rows.utf8("\n"));
        assertThat(lines(bytes, 100)).containsExactly("ok \uFFFD(");
    }

    @Test
    void cutsALineLongerThanTheLimitAndFlagsIt() throws IOException {
        byte[] bytes = Rows.utf8("x".repeat(70_000) + "\nnext\n");
        List<String> lines = lines(bytes, 10);
        assertThat(lines).containsExactly("xxxxxxxxxx<cut>", "next");
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertThat(lines(new byte[0], 10)).isEmpty();
        assertThat(lines(Rows.BOM, 10)).isEmpty();
    }

    @Test
    void countsLines() throws IOException {
        try (LineSource source = new LineSource(new ByteArrayInputStream(Rows.utf8("a\n\nb\n")))) {
            source.next();
            source.next();
            source.next();
            assertThat(source.lineNumber()).isEqualTo(3);
        }
    }
}
