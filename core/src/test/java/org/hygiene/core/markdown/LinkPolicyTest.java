package org.hygiene.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkPolicyTest {
    @Test
    void addressesDefangedTextAndMarkedLinksAreIndicators() {
        assertThat(LinkPolicy.isIndicator("shell", "http://192.0.2.10/a.aspx", null)).isTrue();
        assertThat(LinkPolicy.isIndicator("192.0.2.10", "https://example.org", null)).isTrue();
        assertThat(LinkPolicy.isIndicator("x", "hxxp://bad[.]example", null)).isTrue();
        assertThat(LinkPolicy.isIndicator("x", "https://evil.example", "ioc")).isTrue();
        assertThat(LinkPolicy.isIndicator("x", "https://evil.example", "IOC: web shell host"))
                .isTrue();
        assertThat(LinkPolicy.isIndicator("x", "http://[2001:db8::1]/", null)).isTrue();
    }

    @Test
    void ordinaryLinksAreNotIndicators() {
        assertThat(LinkPolicy.isIndicator("advisory", "https://msrc.microsoft.com/x", "MSRC"))
                .isFalse();
        assertThat(LinkPolicy.isIndicator("CVE-2021-26855", "https://cve.org/x", null)).isFalse();
        assertThat(LinkPolicy.isIp("1.2.3")).isFalse();
        assertThat(LinkPolicy.isIp("1.2.3.4444")).isFalse();
    }

    @Test
    void defangingBreaksTheSchemeAndTheHost() {
        assertThat(LinkPolicy.defang("http://192.0.2.10/owa/auth/x.aspx"))
                .isEqualTo("hxxp://192.0.2[.]10/owa/auth/x.aspx");
        assertThat(LinkPolicy.defang("https://evil.example:8443/a"))
                .isEqualTo("hxxps://evil[.]example:8443/a");
    }

    @Test
    void onlyWebAndMailLinksAreClickable() {
        assertThat(LinkPolicy.clickable("https://a.example")).isTrue();
        assertThat(LinkPolicy.clickable("mailto:a@b.example")).isTrue();
        assertThat(LinkPolicy.clickable("javascript:alert(1)")).isFalse();
        assertThat(LinkPolicy.clickable("file:///etc/passwd")).isFalse();
        assertThat(LinkPolicy.clickable("02-proxylogon.md")).isFalse();
    }

    @Test
    void hyperlinksWrapLinkTextInOsc8AndNeverIndicators() {
        TerminalMarkdown r =
                new TerminalMarkdown(RenderOptions.styled(Theme.DARK, 80).withHyperlinks(true));

        Rendered doc =
                r.renderDocument(
                        "[advisory](https://msrc.example/a) and [shell](http://192.0.2.1/s.aspx)");

        assertThat(doc.links())
                .extracting(Rendered.LinkSpan::url)
                .containsExactly("https://msrc.example/a");
        String ansi = Hyperlinks.toAnsi(doc, 0, null);
        assertThat(ansi)
                .contains("\u001b]8;;https://msrc.example/a\u001b\\")
                .contains("hxxp://192.0.2[.]1/s.aspx");
        assertThat(doc.lines().get(0).toString()).startsWith("advisory and shell (IOC: hxxp");
    }

    @Test
    void hyperlinkSupportIsGuessedFromTheEnvironmentAndCanBeForced() {
        assertThat(Hyperlinks.supported(java.util.Map.of("TERM_PROGRAM", "iTerm.app"))).isTrue();
        assertThat(
                        Hyperlinks.supported(
                                java.util.Map.of(
                                        "TERM", "xterm", "TMUX", "x", "VTE_VERSION", "6800")))
                .isFalse();
        assertThat(
                        Hyperlinks.supported(
                                java.util.Map.of("HYGIENE_HYPERLINKS", "0", "WT_SESSION", "1")))
                .isFalse();
        assertThat(Hyperlinks.supported(java.util.Map.of("HYGIENE_HYPERLINKS", "1"))).isTrue();
    }
}
