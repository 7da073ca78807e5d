package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void aHeadingBecomesLowerCaseAsciiWordsJoinedByDashes() {
        assertThat(Slugs.of("  What did the SSRF reach?  ")).isEqualTo("what-did-the-ssrf-reach");
        assertThat(Slugs.of("Café à la crème")).isEqualTo("cafe-a-la-creme");
        assertThat(Slugs.of("CVE-2021-26855 / ProxyLogon")).isEqualTo("cve-2021-26855-proxylogon");
    }

    @Test
    void combiningMarksOfEveryKindAreDroppedNotTurnedIntoDashes() {
        assertThat(Slugs.of("a\u0301b\u0903c\u20dd")).isEqualTo("abc");
    }

    @Test
    void aLongTitleIsCutAtADashAndNothingUsableGivesQ() {
        String slug = Slugs.of("the quick brown fox jumps over the lazy dog again and again");
        assertThat(slug).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-");
        assertThat(slug).isEqualTo("the-quick-brown-fox-jumps-over-the-lazy");
        assertThat(Slugs.of("中文 !!")).isEqualTo("q");
    }
}
