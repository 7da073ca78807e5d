package org.hygiene.content.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The planted facts are where docs/scenario.md says, and the detections find what it says. */
class ScenarioFactsTest {
    static final Path DOC = Path.of("../docs/scenario.md");
    static final Pattern INDEX_ROW =
            Pattern.compile("^\\| (E\\d+) \\| `([^`]+):(\\d+)` \\| `([^`]+)` \\|");
    static final String LOGGING = "Program Files/Microsoft/Exchange Server/V15/Logging/";
    static Evidence evidence;

    @BeforeAll
    static void scan() throws IOException {
        evidence = Evidence.scan(ScenarioFilesTest.COMMITTED);
    }

    static List<Row> rows(String table, Predicate<Row> keep) throws IOException {
        LogTable t = evidence.table(table).orElseThrow();
        List<Row> out = new ArrayList<>();
        try (RowCursor cursor = t.open(RawFilter.ALL)) {
            Row row;
            while ((row = cursor.next()) != null) {
                if (keep.test(row)) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    static String s(Row row, String column) {
        Object v = row.get(column);
        return v == null ? "" : v.toString();
    }

    static boolean like(String value, String glob) {
        String regex = Pattern.quote(glob).replace("*", "\\E.*\\Q");
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(value)
                .matches();
    }

    @Test
    void everyRowOfTheEvidenceIndexPointsAtALineHoldingItsLiteral() throws IOException {
        int checked = 0;
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = INDEX_ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            String file = m.group(2).replace(".../", LOGGING);
            int number = Integer.parseInt(m.group(3));
            String literal = m.group(4);
            Path path = ScenarioFilesTest.COMMITTED.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String[] lines = text.split("\r\n|\n", -1);
            assertThat(number).as(m.group(1)).isBetween(1, lines.length);
            assertThat(lines[number - 1])
                    .as(m.group(1) + " " + file + ":" + number)
                    .contains(literal);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }

    @Test
    void testProxyLogonsSsrfConditionFindsExactlyTheNineChainRows() throws IOException {
        List<Row> hits =
                rows(
                        "HttpProxy",
                        r ->
                                like(s(r, "AnchorMailbox"), "ServerInfo~*/*")
                                        && !like(
                                                s(r, "AnchorMailbox"), "ServerInfo~*/autodiscover*")
                                        && !like(s(r, "AnchorMailbox"), "ServerInfo~localhost*/*"));
        assertThat(hits).hasSize(9);
        assertThat(hits)
                .allSatisfy(
                        r -> {
                            assertThat(r.get("ClientIpAddress")).isEqualTo(Story.SSRF_IP);
                            assertThat(r.get("UrlStem")).isEqualTo(Story.SSRF_DECOY);
                            assertThat(r.get("RoutingHint")).isEqualTo("X-BEResource-Cookie");
                            assertThat(r.get("AuthenticatedUser")).isEqualTo("");
                        });
        assertThat(hits.get(1).get("HttpStatus")).isEqualTo(241L);
        assertThat(hits.get(4).get("HttpStatus")).isEqualTo(241L);
        assertThat(hits.get(0).get("TimeGenerated"))
                .isEqualTo(Instant.parse("2021-02-26T02:14:06.711Z"));
    }

    @Test
    void eachRunRedoesTheChainFromAutodiscoverWithItsOwnCanary() throws IOException {
        List<Row> chain = rows("HttpProxy", r -> Story.SSRF_IP.equals(r.get("ClientIpAddress")));
        assertThat(chain)
                .filteredOn(r -> s(r, "AnchorMailbox").contains("/autodiscover/"))
                .hasSize(2);
        Pattern canary = Pattern.compile("msExchEcpCanary=([^&#]+)");
        Set<String> canaries = new HashSet<>();
        chain.forEach(
                r -> {
                    String c = extract(canary, s(r, "AnchorMailbox"));
                    if (!c.isEmpty()) {
                        canaries.add(c);
                    }
                });
        assertThat(canaries).hasSize(2);
    }

    @Test
    void nothingIsLaterThanTheCollection() throws IOException {
        for (LogTable table : evidence.tables()) {
            try (RowCursor cursor = table.open(RawFilter.ALL)) {
                Row row;
                while ((row = cursor.next()) != null) {
                    for (String column : List.of("TimeGenerated", "CreationTimeUtc")) {
                        if (row.get(column) instanceof Instant at) {
                            assertThat(at).as(row.origin().toString()).isBefore(Story.COLLECTED);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theShellIsWrittenBySystemOverSmbAndCompiledAfterTheRequestThatOpensIt()
            throws IOException {
        assertThat(
                        rows(
                                "Event",
                                r ->
                                        s(r, "RenderedDescription")
                                                .contains("TargetFilename: " + Story.SHELL_PATH)))
                .singleElement()
                .satisfies(r -> assertThat(s(r, "RenderedDescription")).contains("Image: System"));
        assertThat(rows("SecurityEvent", r -> Long.valueOf(5145).equals(r.get("EventID"))))
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.get("IpAddress")).isEqualTo("127.0.0.1");
                            assertThat(r.get("ShareName")).isEqualTo("\\\\*\\C$");
                        });
        Instant firstRequestStart =
                Instant.parse("2021-02-26T02:31:07Z").minusMillis(6000); // time-taken, rounded
        List<Row> compilers =
                rows(
                        "SecurityEvent",
                        r ->
                                s(r, "ParentProcessName").endsWith("w3wp.exe")
                                        && (s(r, "NewProcessName").endsWith("csc.exe")
                                                || s(r, "NewProcessName").endsWith("cvtres.exe"))
                                        && ((Instant) r.get("TimeGenerated"))
                                                .isBefore(Instant.parse("2021-02-27T00:00:00Z"))
                                        && ((Instant) r.get("TimeGenerated"))
                                                .isAfter(Instant.parse("2021-02-26T00:00:00Z")));
        assertThat(compilers)
                .hasSize(2)
                .allSatisfy(
                        r ->
                                assertThat((Instant) r.get("TimeGenerated"))
                                        .isAfter(firstRequestStart)
                                        .isBefore(Instant.parse("2021-02-26T02:31:04Z")));
    }

    @Test
    void onlySystemProcessesRunInTheSystemLogonSession() throws IOException {
        assertThat(
                        rows(
                                "Event",
                                r ->
                                        s(r, "RenderedDescription").contains("LogonId: 0x3E7")
                                                && !s(r, "RenderedDescription")
                                                        .contains("User: NT AUTHORITY\\SYSTEM")))
                .isEmpty();
    }

    @Test
    void theTrapsMatchTheFirstVersionOfTheConditionButAreExcludedLater() throws IOException {
        List<Row> any = rows("HttpProxy", r -> like(s(r, "AnchorMailbox"), "ServerInfo~*/*"));
        Set<String> ips = new HashSet<>();
        any.forEach(r -> ips.add(s(r, "ClientIpAddress")));
        assertThat(ips)
                .containsExactlyInAnyOrder(
                        Story.SSRF_IP,
                        Story.AUTODISCOVER_ONLY_IP,
                        Story.NMAP_IP,
                        "192.0.2.203",
                        "198.51.100.23",
                        "203.0.113.188");
        assertThat(any)
                .filteredOn(r -> s(r, "ClientIpAddress").equals(Story.NMAP_IP))
                .singleElement()
                .satisfies(
                        r -> assertThat(s(r, "AnchorMailbox")).startsWith("ServerInfo~localhost"));
        assertThat(any)
                .filteredOn(r -> ((Instant) r.get("TimeGenerated")).isAfter(Story.PATCHED))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.get("HttpStatus")).isEqualTo(500L));
    }

    @Test
    void theResetRowAndTheEcpRegexPointAtTheWrittenShell() throws IOException {
        List<Row> reset =
                rows(
                        "HttpProxy",
                        r ->
                                like(s(r, "AnchorMailbox"), "ServerInfo~*/*Reset*VirtualDirectory#")
                                        && Long.valueOf(200).equals(r.get("HttpStatus")));
        assertThat(reset)
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.get("TimeGenerated"))
                                        .isEqualTo(Instant.parse("2021-02-26T02:23:43.502Z")));

        // Test-ProxyLogon's regex (lookahead: java.util.regex here, never on learner input).
        Pattern cve27065 =
                Pattern.compile(
                        "Set-.+VirtualDirectory.+?(?=Url).+<\\w+.*>(.*?)<\\/\\w+>.+?(?=VirtualDirectory)");
        List<String> matching = new ArrayList<>();
        Path dir = ScenarioFilesTest.COMMITTED.resolve(LOGGING + "ECP/Server");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (cve27065.matcher(line).find()) {
                        matching.add(file.getFileName() + ": " + line.substring(0, 24));
                    }
                }
            }
        }
        assertThat(matching).containsExactly("ECPServer20210226-1.LOG: 2021-02-26T02:23:40.994Z");
        assertThat(rows("EcpServer", r -> s(r, "CMD").contains("Page_Load")))
                .singleElement()
                .satisfies(r -> assertThat(s(r, "CMD")).contains(Story.CHOPPER));
    }

    @Test
    void theShellIsWrittenBeforeItsFirstUseAndUsedOnlyFromOneAddress() throws IOException {
        List<Row> file = rows("Files", r -> s(r, "Name").equals(Story.SHELL_NAME));
        assertThat(file)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.get("FullName")).isEqualTo(Story.SHELL_PATH);
                            assertThat(r.get("CreationTimeUtc"))
                                    .isEqualTo(Instant.parse("2021-02-26T02:23:42Z"));
                            assertThat(s(r, "Attributes")).contains("Hidden");
                            assertThat(r.get("SHA256"))
                                    .isEqualTo(FileListings.sha256(Story.SHELL_PATH));
                        });
        List<Row> uses = rows("W3CIISLog", r -> s(r, "csUriStem").equals(Story.SHELL_URL));
        assertThat(uses).hasSize(16);
        assertThat(uses)
                .allSatisfy(
                        r -> {
                            assertThat(r.get("cIP")).isEqualTo(Story.SHELL_IP);
                            assertThat(r.get("csMethod")).isEqualTo("POST");
                            assertThat(r.get("scStatus")).isEqualTo("200");
                        });
        assertThat(uses.get(0).get("TimeGenerated"))
                .isEqualTo(Instant.parse("2021-02-26T02:31:07Z"));
        assertThat(uses.get(0).origin().toString())
                .isEqualTo("inetpub/logs/LogFiles/W3SVC1/u_ex210226.log:24");
    }

    @Test
    void w3wpStartsCmdOnlyForTheShellsCommands() throws IOException {
        List<Row> spawned =
                rows(
                        "SecurityEvent",
                        r ->
                                s(r, "ParentProcessName").endsWith("w3wp.exe")
                                        && s(r, "NewProcessName").endsWith("cmd.exe"));
        assertThat(spawned).hasSize(14);
        assertThat(spawned)
                .allSatisfy(
                        r -> {
                            assertThat(s(r, "CommandLine"))
                                    .startsWith(ShellSessions.CHOPPER_CD)
                                    .endsWith(ShellSessions.CHOPPER_END);
                            assertThat(r.get("SubjectUserName")).isEqualTo("EXCH01$");
                        });
        Instant first =
                spawned.stream()
                        .map(r -> (Instant) r.get("TimeGenerated"))
                        .min(Instant::compareTo)
                        .orElseThrow();
        assertThat(first).isEqualTo(Instant.parse("2021-02-26T02:31:04Z"));
        assertThat(
                        rows(
                                "Event",
                                r ->
                                        s(r, "RenderedDescription")
                                                        .contains(
                                                                "TargetImage:"
                                                                    + " C:\\Windows\\System32\\lsass.exe")
                                                && s(r, "RenderedDescription")
                                                        .contains("comsvcs.dll")))
                .hasSize(1);
    }

    @Test
    void testProxyLogonsSuspiciousFileChecksFindTheDumpAndTheArchives() throws IOException {
        List<Row> dumps =
                rows(
                        "Files",
                        r ->
                                s(r, "Directory").equalsIgnoreCase("C:\\Windows\\Temp")
                                        && s(r, "Name")
                                                .toLowerCase(Locale.ROOT)
                                                .matches("lsass.*dmp"));
        assertThat(dumps).extracting(r -> r.get("FullName")).containsExactly(Story.LSASS_DUMP);
        List<Row> archives =
                rows(
                        "Files",
                        r ->
                                s(r, "FullName")
                                                .toLowerCase(Locale.ROOT)
                                                .startsWith("c:\\programdata\\")
                                        && List.of(".7z", ".zip", ".rar")
                                                .contains(
                                                        s(r, "Extension")
                                                                .toLowerCase(Locale.ROOT)));
        assertThat(archives)
                .extracting(r -> r.get("Name"))
                .containsExactlyInAnyOrder("hl.7z", "exchange-config-2021-01-31.zip");
        assertThat(rows("OabGenerator", r -> r.get("DownloadPath") != null))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(s(r, "DownloadPath"))
                                        .startsWith(Story.EXCHANGE + "ClientAccess\\OAB\\Temp\\"));
    }

    @Test
    void theSecondActorProbesThirtyTimesAndNeverSucceeds() throws IOException {
        List<Row> probes = rows("W3CIISLog", r -> Story.PROBE_IP.equals(r.get("cIP")));
        assertThat(probes).hasSize(30);
        assertThat(probes).extracting(r -> r.get("scStatus")).containsOnly("302", "404");
        assertThat(rows("HttpProxy", r -> Story.PROBE_IP.equals(r.get("ClientIpAddress"))))
                .hasSize(18)
                .extracting(r -> r.get("UrlHost"))
                .containsOnly(OtherActors.PUBLIC_IP, Story.MAIL_HOST, Story.AUTODISCOVER_HOST);
    }

    @Test
    void everyFrontEndRequestIdJoinsItsHttpProxyRow() throws IOException {
        Set<String> requestIds = new HashSet<>();
        rows("HttpProxy", r -> true).forEach(r -> requestIds.add(s(r, "RequestId")));
        Pattern cafe = Pattern.compile("cafeReqId=([0-9a-f-]{36});");
        List<Row> proxied =
                rows(
                        "W3CIISLog",
                        r ->
                                "Default Web Site".equals(r.get("sSiteName"))
                                        && requestIds.contains(extract(cafe, s(r, "csUriQuery"))));
        // The proxied request on the cut-off last line of u_ex210319.log cannot be read.
        assertThat(proxied).hasSize(requestIds.size() - 1);
    }

    private static String extract(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void externalAddressesAreAllInDocumentationOrSharedRanges() throws IOException {
        Set<String> bad = new HashSet<>();
        for (Row r : rows("W3CIISLog", row -> true)) {
            String ip = s(r, "cIP");
            if (!(ip.startsWith("10.")
                    || ip.equals("127.0.0.1")
                    || ip.startsWith("192.0.2.")
                    || ip.startsWith("198.51.100.")
                    || ip.startsWith("203.0.113.")
                    || shared(ip))) {
                bad.add(ip);
            }
        }
        assertThat(bad).isEmpty();
    }

    private static boolean shared(String ip) {
        String[] p = ip.split("\\.");
        return p.length == 4
                && p[0].equals("100")
                && Integer.parseInt(p[1]) >= 64
                && Integer.parseInt(p[1]) <= 127;
    }

    @Test
    void theOnlyUnreadableLineIsTheTruncatedLastIisLine() throws IOException {
        long rejected = 0;
        for (LogTable table : evidence.tables()) {
            try (RowCursor cursor = table.open(RawFilter.ALL)) {
                while (cursor.next() != null) {
                    // drain
                }
                rejected += cursor.rejected();
            }
        }
        assertThat(rejected).isEqualTo(1);
        assertThat(evidence.unrecognised()).containsExactly("Triage/collection-notes.txt");
    }
}
