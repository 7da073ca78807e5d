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
    void everyFormABrowserReadsAsAnAddressIsAnIndicator() {
        for (String url :
                java.util.List.of(
                        "https://0x7f.1/",
                        "https://2130706433/",
                        "https://0177.0.0.1/x",
                        "https://127.1/",
                        "http://0x7F000001/",
                        "https://127.0.0.1./",
                        "https://%31%32%37.0.0.1/",
                        "https://\uff11\uff12\uff17\uff0e\uff10\uff0e\uff10\uff0e\uff11/",
                        "https://1.2.3.4\\@example.com/",
                        "https://user:pw@10.0.0.5:8443/owa",
                        "http://[::1]/")) {
            assertThat(LinkPolicy.isIndicator("here", url, null)).as(url).isTrue();
        }
        assertThat(LinkPolicy.isIndicator("https://0x7f.1/", "https://0x7f.1/", null)).isTrue();
    }

    @Test
    void namesThatMerelyContainDigitsAreNotAddresses() {
        for (String url :
                java.util.List.of(
                        "https://1password.com/",
                        "https://example.com/2130706433",
                        "https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2021-26855",
                        "https://0x7f.example/",
                        "mailto:a@b.example")) {
            assertThat(LinkPolicy.isIndicator("here", url, null)).as(url).isFalse();
        }
        assertThat(LinkPolicy.isIndicator("42", "https://example.com/", null)).isFalse();
    }

    @Test
    void numericHostsAreShownDefangedAndNeverBecomeHyperlinks() {
        TerminalMarkdown r =
                new TerminalMarkdown(RenderOptions.styled(Theme.DARK, 80).withHyperlinks(true));

        Rendered doc =
                r.renderDocument("[a](https://0x7f.1/) [b](https://2130706433/) <https://127.1/>");

        assertThat(doc.links()).isEmpty();
        assertThat(Hyperlinks.toAnsi(doc, 0, null)).doesNotContain("\u001b]8;;");
        assertThat(doc.lines().get(0).toString())
                .contains("(IOC: hxxps://0x7f[.]1/)")
                .contains("(IOC: hxxps://2130706433/)")
                .contains("hxxps://127[.]1/ (IOC)");
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
