package org.hygiene.lessons.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCheckTest {
    static final String ECP = "V15/Logging/HttpProxy/Ecp/HttpProxy_2021030306-1.LOG";
    static final String OWA = "V15/Logging/HttpProxy/Owa/HttpProxy_2021030306-1.LOG";
    static final String HOST = "ServerInfo~a]@ex01.contoso.local:444";

    @TempDir Path root;

    static Results check(Path... roots) throws IOException {
        return new LogCheck(LogCheck.DEFAULT_INSTALL_PATH, 2).run(List.of(roots), Listeners.NONE);
    }

    @Test
    void theSsrfChainIsFoundAndAutodiscoverAndLocalhostAreNot() throws IOException {
        Logs.write(
                root,
                ECP,
                Logs.PROXY_HEADER
                        + Logs.proxy(
                                "2021-03-03T06:49:42.162Z",
                                HOST + "/autodiscover/autodiscover.xml?#",
                                200,
                                "130.255.189.21")
                        + Logs.proxy(
                                "2021-03-03T06:49:43.699Z",
                                HOST + "/mapi/emsmdb/?#",
                                200,
                                "130.255.189.21")
                        + Logs.proxy(
                                "2021-03-03T06:49:44.000Z",
                                "ServerInfo~localhost/owa/auth/logon.aspx?~3",
                                500,
                                "10.0.0.5")
                        + Logs.proxy(
                                "2021-03-03T06:49:45.000Z",
                                "Sid~S-1-5-21-1-2-3-1001",
                                200,
                                "10.0.0.9"));

        Results r = check(root);

        assertThat(r.findings(FindingKind.SSRF))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.address()).isEqualTo("130.255.189.21");
                            assertThat(f.line()).isEqualTo(7);
                            assertThat(f.values().get(7)).isEqualTo(HOST + "/mapi/emsmdb/?#");
                        });
        assertThat(CheckVerdict.of(r)).isEqualTo(CheckVerdict.SUSPICIOUS);
    }

    @Test
    void autodiscoverOnlyHitsLeaveTheServerClean() throws IOException {
        Logs.write(
                root,
                ECP,
                Logs.PROXY_HEADER
                        + Logs.proxy(
                                "2021-03-03T06:49:42.162Z",
                                HOST + "/autodiscover/autodiscover.xml?#",
                                200,
                                "1.2.3.4"));

        Results r = check(root);

        assertThat(r.count(Check.CVE_2021_26855)).isZero();
        assertThat(CheckVerdict.of(r)).isEqualTo(CheckVerdict.CLEAN);
    }

    @Test
    void aResetOfAVirtualDirectoryCountsOnlyWhenAnsweredOkInHttpProxyEcp() throws IOException {
        String reset = HOST + "/ecp/DDI/DDIService.svc/SetObject?schema=ResetOABVirtualDirectory#";
        Logs.write(
                root,
                ECP,
                Logs.PROXY_HEADER
                        + Logs.proxy("2021-03-03T06:59:20.359Z", reset, 200, "1.2.3.4")
                        + Logs.proxy("2021-03-03T06:59:21.000Z", reset, 241, "1.2.3.4")
                        + Logs.proxy("2021-03-03T06:59:22.000Z", reset, 500, "1.2.3.4"));
        Logs.write(
                root,
                OWA,
                Logs.PROXY_HEADER + Logs.proxy("2021-03-03T06:59:23.000Z", reset, 200, "1.2.3.4"));

        Results r = check(root);

        assertThat(r.findings(FindingKind.RESET_VDIR))
                .singleElement()
                .satisfies(f -> assertThat(f.where()).endsWith(ECP + ":6"));
        assertThat(r.count(Check.CVE_2021_26855)).isEqualTo(4);
    }

    @Test
    void ecpServerLogsNeedAScriptInTheUrl() throws IOException {
        String hit =
                "2021-03-03T06:49:53.772Z,EX01,ECP.Request,\"S:TIME=1;S:CMD=Set-OabVirtualDirectory.ExternalUrl='http://f/<script"
                    + " language=\"\"JScript\"\">function"
                    + " Page_Load(){eval(Request[\"\"k\"\"],\"\"unsafe\"\");}</script>'.Identity='x';S:URL=/ecp/DDI/DDIService.svc/SetObject?schema=OABVirtualDirectory\"\n";
        String miss =
                "2021-03-03T07:00:00.000Z,EX01,ECP.Request,S:TIME=1;S:CMD=Set-OabVirtualDirectory"
                        + ".ExternalUrl='https://mail.contoso.com/OAB'.Identity='x';"
                        + "S:URL=/ecp/DDI/DDIService.svc/SetObject?schema=OABVirtualDirectory\n";
        Logs.write(
                root,
                "V15/Logging/ECP/Server/ECPServer20210303-1.LOG",
                Logs.ECP_HEADER + miss + hit);

        Results r = check(root);

        assertThat(r.findings(FindingKind.ECP_SCRIPT))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.line()).isEqualTo(7);
                            assertThat(f.time()).hasToString("2021-03-03T06:49:53.772Z");
                        });
    }

    @Test
    void oabDownloadsInsideClientAccessOabAreNotSuspicious() throws IOException {
        String oab =
                "#Fields: DateTime,Message\n"
                    + "2021-03-03T01:00:00.000Z,Download failed and temporary file 'C:\\Program"
                    + " Files\\Microsoft\\Exchange Server\\V15\\ClientAccess\\OAB\\Temp\\a.lzx'"
                    + " needs to be removed.\n"
                    + "2021-03-03T02:00:00.000Z,Download failed and temporary file"
                    + " 'C:\\inetpub\\wwwroot\\aspnet_client\\shell.aspx' needs to be removed.\n";
        Logs.write(root, "V15/Logging/OABGeneratorLog/OABGeneratorLog_20210303-1.LOG", oab);

        Results r = check(root);

        assertThat(r.findings(FindingKind.OAB_DOWNLOAD))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.values().get(1)).contains("aspnet_client\\shell.aspx"));
    }

    @Test
    void unifiedMessagingErrorsAndSuspiciousFilesComeFromExports() throws IOException {
        Logs.write(
                root,
                "Triage/Application.csv",
                "\uFEFF\"TimeCreated\",\"Id\",\"LevelDisplayName\",\"LogName\",\"ProviderName\",\"Message\"\r\n"
                    + "\"3/3/2021 4:00:00 AM\",\"1\",\"Error\",\"Application\",\"MSExchange Unified"
                    + " Messaging\",\"An unhandled exception:\r\n"
                    + "System.InvalidCastException: Unable to cast\"\r\n"
                    + "\"3/3/2021 4:00:00 AM\",\"1\",\"Warning\",\"Application\",\"MSExchange"
                    + " Unified Messaging\",\"System.InvalidCastException\"\r\n");
        Logs.write(
                root,
                "Triage/files.csv",
                "\"FullName\",\"Length\",\"CreationTimeUtc\",\"LastWriteTimeUtc\"\n"
                    + "\"C:\\Windows\\Temp\\lsass.dmp\",\"1\",\"3/3/2021 1:00:00 AM\",\"3/3/2021"
                    + " 1:00:00 AM\"\n"
                    + "\"C:\\ProgramData\\x\\loot.7z\",\"1\",\"3/3/2021 1:00:00 AM\",\"3/3/2021"
                    + " 1:00:00 AM\"\n");

        Results r = check(root);

        assertThat(r.findings(FindingKind.UM_ERROR))
                .singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(2));
        assertThat(r.count(Check.OTHER_FILES)).isEqualTo(2);
    }

    @Test
    void suspiciousFilesAloneAreToReviewNotAVerdict() throws IOException {
        Logs.write(
                root,
                "Triage/files.csv",
                "\"FullName\",\"Length\",\"CreationTimeUtc\",\"LastWriteTimeUtc\"\n"
                        + "\"C:\\ProgramData\\x\\loot.7z\",\"1\",\"3/3/2021 1:00:00 AM\",\"3/3/2021"
                        + " 1:00:00 AM\"\n");

        Results r = check(root);

        assertThat(r.count(Check.OTHER_FILES)).isEqualTo(1);
        assertThat(CheckVerdict.of(r)).isEqualTo(CheckVerdict.CLEAN);
    }

    @Test
    void iisRequestsMatchingPublishedRulesAreHeuristics() throws IOException {
        Logs.write(
                root,
                "inetpub/logs/LogFiles/W3SVC1/u_ex210303.log",
                Logs.IIS_HEADER
                        + "2021-03-03 06:49:42 10.0.0.1 POST /ecp/y.js"
                        + " &CorrelationID=<empty>;&cafeReqId=1; 443 - 130.255.189.21"
                        + " python-requests/2.25.1 - 200 0 0 12\n"
                        + "2021-03-03 06:50:00 10.0.0.1 GET /ecp/default.aspx - 443 admin 10.0.0.9"
                        + " Mozilla/5.0 - 200 0 0 12\n"
                        + "2021-03-03 06:51:00 10.0.0.1 POST /owa/auth/logon.aspx - 443 - 10.0.0.9"
                        + " Mozilla/5.0 - 302 0 0 12\n");

        Results r = check(root);

        assertThat(r.findings(FindingKind.IIS_HEURISTIC))
                .singleElement()
                .satisfies(
                        f ->
                                assertThat(f.values().get(0))
                                        .contains("sigma:hafnium-exchange-exploitation"));
        assertThat(r.count(Check.CVE_2021_26855)).isZero();
    }

    @Test
    void logAgeSpansTheFirstAndLastRecordOfEachSource() throws IOException {
        Logs.write(
                root,
                ECP,
                Logs.PROXY_HEADER
                        + Logs.proxy("2021-03-01T00:00:00.000Z", "Sid~x", 200, "1.1.1.1")
                        + Logs.proxy("2021-03-02T00:00:00.000Z", "Sid~x", 200, "1.1.1.1")
                        + Logs.proxy("2021-03-05T12:00:00.000Z", "Sid~x", 200, "1.1.1.1"));

        Results r = check(root);

        assertThat(r.ages())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.source()).isEqualTo("EcpProxy");
                            assertThat(a.oldest()).hasToString("2021-03-01T00:00:00Z");
                            assertThat(a.newest()).hasToString("2021-03-05T12:00:00Z");
                        });
    }

    @Test
    void aFolderWithoutLogsIsIncomplete() throws IOException {
        Logs.write(root, "notes.txt", "nothing here\n");

        Results r = check(root);

        assertThat(r.unrecognisedCount()).isEqualTo(1);
        assertThat(CheckVerdict.of(r)).isEqualTo(CheckVerdict.INCOMPLETE);
    }
}
