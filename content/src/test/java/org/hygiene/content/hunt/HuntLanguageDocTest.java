package org.hygiene.content.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.hygiene.lessons.hunt.shell.ShellExample;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;
import org.junit.jupiter.api.Test;

/**
 * Every {@code kql} example in docs/hunt-language.md plans and runs over the Harbourline scenario.
 */
class HuntLanguageDocTest {
    @Test
    void everyDocumentedQueryRunsOverTheScenario() throws Exception {
        HuntEngine engine =
                HuntEngine.over(
                        Evidence.scan(Path.of("course", "samples", "harbourline")).tables());
        List<String> queries = queries(Files.readString(Path.of("..", "docs", "hunt-language.md")));
        assertThat(queries).hasSizeGreaterThan(8);
        List<String> failures = new ArrayList<>();
        for (String query : queries) {
            try {
                // Some checks rightly find nothing here (Harbourline's OAB log is clean).
                engine.run(query);
            } catch (QueryException e) {
                failures.add(e.render(query));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyShellExampleRunsOverTheScenario() throws Exception {
        HuntEngine engine =
                HuntEngine.over(
                        Evidence.scan(Path.of("course", "samples", "harbourline")).tables());
        for (ShellExample example : ShellExample.DETECTIONS) {
            assertThat(engine.run(example.query()).columns()).as(example.title()).isNotEmpty();
        }
    }

    @Test
    void theRawPreFilterNeverChangesAnAnswerOverTheRealReaders() throws Exception {
        List<LogTable> tables = Evidence.scan(Path.of("course", "samples", "harbourline")).tables();
        List<LogTable> unfiltered =
                tables.stream().map(HuntLanguageDocTest::ignoringFilters).toList();
        List<String> queries =
                new ArrayList<>(
                        queries(Files.readString(Path.of("..", "docs", "hunt-language.md"))));
        queries.addAll(
                List.of(
                        "W3CIISLog | where csUriStem has \"OutlookRE.aspx\" | summarize count() by"
                                + " cIP",
                        "W3CIISLog | where csUserAgent contains \"python-requests\" | count",
                        "W3CIISLog | where cIP in (\"203.0.113.45\", \"198.51.100.77\") | count",
                        "SecurityEvent | where CommandLine has \"whoami\" | project TimeGenerated",
                        "SecurityEvent | where Account endswith \"EXCH01$\" | count",
                        "Files | where Name endswith \".aspx\" or Extension == \".ASPX\" | count",
                        "EcpServer | where EventData has \"Set-OabVirtualDirectory\" | count",
                        "HttpProxy | where UrlHost startswith \"autodiscover.\" | count"));
        for (String query : queries) {
            assertThat(HuntEngine.over(tables).run(query).text())
                    .as(query)
                    .isEqualTo(HuntEngine.over(unfiltered).run(query).text());
        }
    }

    private static LogTable ignoringFilters(LogTable t) {
        return new LogTable() {
            public String name() {
                return t.name();
            }

            public Schema schema() {
                return t.schema();
            }

            public RowCursor open(RawFilter filter) throws IOException {
                return t.open(RawFilter.ALL);
            }
        };
    }

    /** The {@code kql} blocks; a blank line inside a block separates two queries. */
    static List<String> queries(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : markdown.lines().toList()) {
            if (line.equals("```kql")) {
                current = new StringBuilder();
            } else if (current != null && (line.equals("```") || line.isBlank())) {
                if (!current.toString().isBlank()) {
                    out.add(current.toString().strip());
                }
                current = line.equals("```") ? null : new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return out;
    }
}
