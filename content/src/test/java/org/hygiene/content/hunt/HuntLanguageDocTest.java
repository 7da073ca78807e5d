package org.hygiene.content.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QueryException;
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
