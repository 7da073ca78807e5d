package org.hygiene.content.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QueryResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hunt language over the Harbourline scenario's real sample logs: Test-ProxyLogon's checks,
 * written as queries, find the scenario's compromise and nothing else (docs/scenario.md).
 */
class ProxyLogonHuntTest {
    private static final Path SCENARIO = Path.of("course", "samples", "harbourline");
    private static HuntEngine engine;

    @BeforeAll
    static void scan() throws Exception {
        engine = HuntEngine.over(Evidence.scan(SCENARIO).tables());
    }

    /**
     * Test-ProxyLogon's CVE-2021-26855 rule, AnchorMailbox -like / -notlike, in string operators.
     */
    private static final String CVE_2021_26855 =
            """
            HttpProxy
            | where AnchorMailbox startswith "ServerInfo~" and AnchorMailbox contains "/"
            | where AnchorMailbox !contains "/autodiscover"
            | where AnchorMailbox !startswith "ServerInfo~localhost"
            | project TimeGenerated, ClientIpAddress, UrlStem, AnchorMailbox, HttpStatus
            """;

    /** The same rule with regular expressions, closer to the PowerShell wildcards. */
    private static final String CVE_2021_26855_REGEX =
            """
            HttpProxy
            | where AnchorMailbox matches regex @"(?i)^ServerInfo~.*/"
            | where not(AnchorMailbox matches regex @"(?i)^ServerInfo~.*/autodiscover")
            | where not(AnchorMailbox matches regex @"(?i)^ServerInfo~localhost.*/")
            | project TimeGenerated, ClientIpAddress, UrlStem, AnchorMailbox, HttpStatus
            """;

    private static final List<String> COMPROMISE_TIMES =
            List.of(
                    "2021-02-26T02:14:06.711Z",
                    "2021-02-26T02:14:09.266Z",
                    "2021-02-26T02:14:16.539Z",
                    "2021-02-26T02:23:29.937Z",
                    "2021-02-26T02:23:32.492Z",
                    "2021-02-26T02:23:39.765Z",
                    "2021-02-26T02:23:41.118Z",
                    "2021-02-26T02:23:43.502Z",
                    "2021-02-26T02:23:47.019Z");

    @Test
    void theCve202126855ConditionFindsExactlyTheCompromiseRows() throws Exception {
        for (String query : List.of(CVE_2021_26855, CVE_2021_26855_REGEX)) {
            QueryResult r = engine.run(query);
            assertThat(r.text().stream().map(row -> row.get(0)))
                    .containsExactlyElementsOf(COMPROMISE_TIMES);
            assertThat(r.column("ClientIpAddress")).containsOnly("198.51.100.77");
        }
    }

    @Test
    void theAutodiscoverOnlyAndLocalhostRowsExistButAreNotFound() throws Exception {
        String traps =
                """
                HttpProxy
                | where AnchorMailbox startswith "ServerInfo~"
                | where ClientIpAddress in ("198.51.100.190", "10.20.0.40")
                | project ClientIpAddress, AnchorMailbox
                """;
        QueryResult r = engine.run(traps);
        assertThat(r.column("ClientIpAddress")).contains("198.51.100.190", "10.20.0.40");
        QueryResult hits = engine.run(CVE_2021_26855);
        assertThat(hits.column("ClientIpAddress")).doesNotContain("198.51.100.190", "10.20.0.40");
    }

    @Test
    void theResetVirtualDirectoryStepIsTheOneThatWroteTheShell() throws Exception {
        QueryResult r =
                engine.run(
                        """
                        HttpProxy
                        | where AnchorMailbox matches regex @"(?i)^ServerInfo~.*/.*Reset.*VirtualDirectory#" and HttpStatus == 200
                        | project TimeGenerated
                        """);
        assertThat(r.text()).containsExactly(List.of("2021-02-26T02:23:43.502Z"));
    }
}
