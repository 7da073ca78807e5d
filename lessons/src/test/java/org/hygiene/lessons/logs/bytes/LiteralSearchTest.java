package org.hygiene.lessons.logs.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LiteralSearchTest {
    private static int find(LiteralSearch l, String text) {
        byte[] b = (text + "\0\0\0\0\0\0\0\0").getBytes(StandardCharsets.ISO_8859_1);
        return l.find(b, 0, text.length());
    }

    @Test
    void aRareByteAnchorFindsTheLiteralIgnoringCaseAtAnyAlignment() {
        LiteralSearch l = LiteralSearch.of("ServerInfo~");
        for (int pad = 0; pad < 20; pad++) {
            String text = "x".repeat(pad) + "Sid~1,SERVERINFO~a]@h:444/x";
            assertThat(find(l, text)).isEqualTo(pad + 6);
        }
        assertThat(find(l, "ServerInfo")).isEqualTo(-1);
        assertThat(find(l, "erverInfo~ at the start")).isEqualTo(-1);
    }

    @Test
    void aLiteralEndingAtTheRegionEndIsFound() {
        LiteralSearch l = LiteralSearch.of("Download failed and temporary file");
        assertThat(find(l, "x,download FAILED and temporary file")).isEqualTo(2);
    }
}
