package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WildcardTest {
    @Test
    void likeIgnoresCaseAndKnowsStarAndQuestionMark() {
        assertThat(Wildcard.like("a*b?d").matches("AxxxBcD")).isTrue();
        assertThat(Wildcard.like("a*b?d").matches("AxxxBcDe")).isFalse();
        assertThat(Wildcard.like("ServerInfo~*/*").matches("serverinfo~a]@x:444/ecp/")).isTrue();
        assertThat(Wildcard.like("*").matches("")).isTrue();
        assertThat(Wildcard.like("?").matches("")).isFalse();
        assertThat(Wildcard.like("a").matches(null)).isFalse();
    }

    @Test
    void starsAreCaseSensitiveAndTakeAQuestionMarkLiterally() {
        assertThat(Wildcard.stars("Cs*").matches("CsUriStem")).isTrue();
        assertThat(Wildcard.stars("Cs*").matches("csUriStem")).isFalse();
        assertThat(Wildcard.stars("*Uri*").matches("CsUriStem")).isTrue();
        assertThat(Wildcard.stars("a*a").matches("a")).isFalse();
        assertThat(Wildcard.stars("a?").matches("ab")).isFalse();
        assertThat(Wildcard.stars("a?").matches("a?")).isTrue();
        assertThat(Wildcard.stars("Name").matches("Name")).isTrue();
    }

    @Test
    void aHostileValueStaysLinear() {
        String value = "a".repeat(100_000);
        assertThat(Wildcard.like("a*a*a*a*b").matches(value)).isFalse();
        assertThat(Wildcard.stars("*a*a*a*b").matches(value)).isFalse();
    }
}
