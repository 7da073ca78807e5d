package org.hygiene.core.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesUseTheUnambiguousAlphabetInTwoGroupsOfFive() {
        String code = JoinCodes.generate();
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(code.replace("-", "")).doesNotContain("0", "O", "1", "I", "L", "U");
    }

    @Test
    void codesAreRandom() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(JoinCodes.generate());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theHashIsSaltedSlowAndDoesNotContainTheCode() {
        String code = JoinCodes.generate();
        String a = JoinCodes.hash(code);
        String b = JoinCodes.hash(code);
        assertThat(a).startsWith("pbkdf2-sha256$" + JoinCodes.ITERATIONS + "$");
        assertThat(a).isNotEqualTo(b).doesNotContain(code).doesNotContain(code.replace("-", ""));
    }

    @Test
    void aCodeMatchesItsHashHoweverItIsTyped() {
        String hash = JoinCodes.hash("ABCDE-FGHJK");
        assertThat(JoinCodes.matches("ABCDE-FGHJK", hash)).isTrue();
        assertThat(JoinCodes.matches("abcde fghjk", hash)).isTrue();
        assertThat(JoinCodes.matches("ABCDEFGHJK", hash)).isTrue();
    }

    @Test
    void wrongCodesAndDamagedHashesNeverMatch() {
        String hash = JoinCodes.hash("ABCDE-FGHJK");
        assertThat(JoinCodes.matches("ABCDE-FGHJM", hash)).isFalse();
        assertThat(JoinCodes.matches("", hash)).isFalse();
        assertThat(JoinCodes.matches(null, hash)).isFalse();
        assertThat(JoinCodes.matches("ABCDE-FGHJK", "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(JoinCodes.matches("ABCDE-FGHJK", "plain")).isFalse();
        assertThat(JoinCodes.matches("ABCDE-FGHJK", null)).isFalse();
        assertThat(JoinCodes.matches("A".repeat(10_000), hash)).isFalse();
    }
}
