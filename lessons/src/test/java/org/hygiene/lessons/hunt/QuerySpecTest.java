package org.hygiene.lessons.hunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of {@code query-spec.md}: the query over the spec's tables gives the rows shown.
 */
class QuerySpecTest {
    private static final QuerySpec SPEC = QuerySpec.load();
    private static final Instant NOW = Instant.parse("2021-03-04T00:00:00Z");

    static Stream<QuerySpec.Example> examples() {
        return SPEC.examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleGivesTheRowsShown(QuerySpec.Example example) throws Exception {
        HuntEngine engine = HuntEngine.over(SPEC.build(true), NOW);
        if (example.error() != null) {
            try {
                engine.run(example.query());
                fail("expected an error: " + example.error());
            } catch (QueryException e) {
                String actual =
                        e.line(example.query())
                                + ":"
                                + e.column(example.query())
                                + " "
                                + e.getMessage()
                                + e.suggestion().map(s -> " [did you mean " + s + "]").orElse("");
                assertThat(actual).contains(example.error());
            }
            return;
        }
        QueryResult result = engine.run(example.query());
        assertThat(render(result)).isEqualTo(expected(example.rows()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rawPreFilterNeverDropsARowTheQueryKeeps(QuerySpec.Example example) throws Exception {
        if (example.error() != null) {
            return;
        }
        QueryResult filtered = HuntEngine.over(SPEC.build(true), NOW).run(example.query());
        QueryResult unfiltered = HuntEngine.over(SPEC.build(false), NOW).run(example.query());
        assertThat(render(filtered)).isEqualTo(render(unfiltered));
    }

    static List<String> render(QueryResult r) {
        List<String> out = new ArrayList<>();
        out.add(String.join(" | ", r.columnNames()));
        for (List<String> row : r.text()) {
            out.add(String.join(" | ", row.stream().map(v -> v.replace("|", "\\|")).toList()));
        }
        return out;
    }

    static List<String> expected(String rows) {
        return rows.lines()
                .filter(l -> !l.isBlank())
                .map(
                        l ->
                                String.join(
                                        " | ",
                                        MemoryTable.cells(l).stream()
                                                .map(c -> c.replace("|", "\\|"))
                                                .toList()))
                .toList();
    }
}
