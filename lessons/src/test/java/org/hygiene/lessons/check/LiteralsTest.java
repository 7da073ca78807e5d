package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static int find(Literals l, String text) {
        byte[] b = (text + "\0\0\0\0\0\0\0\0").getBytes(StandardCharsets.ISO_8859_1);
        return l.find(b, 0, text.length());
    }

    @Test
    void aRareByteAnchorFindsTheLiteralIgnoringCaseAtAnyAlignment() {
        Literals l = Literals.of("ServerInfo~");
        for (int pad = 0; pad < 20; pad++) {
            String text = "x".repeat(pad) + "Sid~1,SERVERINFO~a]@h:444/x";
            assertThat(find(l, text)).isEqualTo(pad + 6);
        }
        assertThat(find(l, "ServerInfo")).isEqualTo(-1);
        assertThat(find(l, "erverInfo~ at the start")).isEqualTo(-1);
    }

    @Test
    void thePairSkipTableFindsAnyOfSeveralLiterals() {
        Literals l = Literals.of(IisHeuristics.literals(false, true));
        assertThat(find(l, "2021-03-03 06:49:42 10.0.0.1 POST /ecp/y.js - 443")).isEqualTo(29);
        assertThat(find(l, "GET /ecp/default.aspx - 443 Mozilla/5.0")).isEqualTo(-1);
        assertThat(find(l, "GET / - 443 Mozilla/5.0+(compatible;+Googlebot/2.1)")).isGreaterThan(0);
        assertThat(find(l, "a".repeat(10_000))).isEqualTo(-1);
    }

    @Test
    void aLiteralEndingAtTheRegionEndIsFound() {
        Literals l = Literals.of("Download failed and temporary file");
        assertThat(find(l, "x,download FAILED and temporary file")).isEqualTo(2);
    }
}
