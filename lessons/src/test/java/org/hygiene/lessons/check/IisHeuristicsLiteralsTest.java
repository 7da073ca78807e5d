package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.hygiene.lessons.logs.bytes.LiteralSearch;
import org.junit.jupiter.api.Test;

class IisHeuristicsLiteralsTest {
    private static int find(LiteralSearch l, String text) {
        byte[] b = (text + "\0\0\0\0\0\0\0\0").getBytes(StandardCharsets.ISO_8859_1);
        return l.find(b, 0, text.length());
    }

    @Test
    void thePairSkipTableFindsAnyOfSeveralLiterals() {
        LiteralSearch l = LiteralSearch.of(IisHeuristics.literals(false, true));
        assertThat(find(l, "2021-03-03 06:49:42 10.0.0.1 POST /ecp/y.js - 443")).isEqualTo(29);
        assertThat(find(l, "GET /ecp/default.aspx - 443 Mozilla/5.0")).isEqualTo(-1);
        assertThat(find(l, "GET / - 443 Mozilla/5.0+(compatible;+Googlebot/2.1)")).isGreaterThan(0);
        assertThat(find(l, "a".repeat(10_000))).isEqualTo(-1);
    }
}
