package org.hygiene.lessons.logs.bytes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
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

    /** The first start in {@code [from, to)} of any literal, ignoring ASCII case, found slowly. */
    private static int naive(List<String> literals, byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            for (String l : literals) {
                if (k + l.length() <= to
                        && new String(b, k, l.length(), StandardCharsets.ISO_8859_1)
                                .equalsIgnoreCase(l)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * check's IIS literals: no shared rare byte, so the skip search (two halves from 256 bytes).
     */
    private static final List<String> IIS =
            List.of(
                    "/owa/auth/current/",
                    "/owa/auth/w.js",
                    "/aspnet_client/",
                    "system_web/",
                    "antsword",
                    "googlebot",
                    "post /ecp/",
                    "/ecp/y.js");

    @Test
    void findsTheFirstOfSeveralLiteralsAsASlowSearchDoesAtEverySizeAndOffset() {
        differential(IIS, 27065);
    }

    @Test
    void aShortLiteralAmongLongOnesIsSearchedApartAndTheEarlierFindWins() {
        // Back-end files add " t=": searched apart on its '=', the rest keep a window of 8.
        List<String> literals = new java.util.ArrayList<>(IIS);
        literals.add(" t=");
        differential(literals, 26858);
        LiteralSearch search = LiteralSearch.of(literals);
        assertThat(find(search, "GET /x T=1 /ecp/y.js")).isEqualTo(6);
        assertThat(find(search, "GET /ecp/y.js t=1")).isEqualTo(4);
        assertThat(find(search, "GET /ecp/y. t")).isEqualTo(-1);
        assertThat(LiteralSearch.of("/ecp/y.js", " t=").single()).isNull();
        // The short one starts first and ends inside the long one.
        assertThat(find(LiteralSearch.of("t=/ecp/y", " t="), "GET /x t=/ecp/y")).isEqualTo(6);
    }

    private static void differential(List<String> literals, long seed) {
        LiteralSearch search = LiteralSearch.of(literals);
        String[] pieces = {
            "/owa/auth/",
            "current/",
            "w.js",
            "/ecp/",
            "y.js",
            "POST ",
            "post /ECP/",
            "antsword",
            "AntSword",
            "googlebo",
            "t",
            "system_web",
            "/",
            " ",
            "a",
            "x",
            "GET /mapi/emsmdb/ ",
            " t=",
            " T=",
            "=",
            " t",
            "t=1&"
        };
        Random random = new Random(seed);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int size = random.nextInt(3) == 0 ? 200 + random.nextInt(120) : random.nextInt(1200);
            while (text.length() < size) {
                text.append(
                        random.nextInt(4) == 0
                                ? pieces[random.nextInt(pieces.length)]
                                : "abcdefghij ".charAt(random.nextInt(11)));
            }
            byte[] b = (text + "\0".repeat(8)).getBytes(StandardCharsets.ISO_8859_1);
            int from = random.nextInt(Math.max(1, text.length() / 4));
            int to = text.length() - random.nextInt(Math.max(1, text.length() / 4));
            if (to < from) {
                to = from;
            }
            assertThat(search.find(b, from, to))
                    .as("round %d: [%d, %d)", round, from, to)
                    .isEqualTo(naive(literals, b, from, to));
        }
    }

    @Test
    void aLiteralEndingAtTheRegionEndIsFound() {
        LiteralSearch l = LiteralSearch.of("Download failed and temporary file");
        assertThat(find(l, "x,download FAILED and temporary file")).isEqualTo(2);
    }
}
