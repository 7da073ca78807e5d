package org.hygiene.lessons.hunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.hygiene.lessons.hunt.shell.ResultTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile queries and hostile log text: answers stay right and nothing hangs or escapes. */
// A guard against hangs (catastrophic backtracking, runaway loops), not a speed goal: generous,
// because shared build machines are slow. commonmark-java's PathologicalTest does the same.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalTest {
    private static final Instant NOW = Instant.parse("2021-03-04T00:00:00Z");

    private static HuntEngine oneLine(String value) {
        MemoryTable t = MemoryTable.parse("T", "Line:string\nx", true);
        MemoryTable table = new MemoryTable("T", t.schema(), true);
        table.add(value, value);
        return HuntEngine.over(List.of(table), NOW);
    }

    @Test
    void aCatastrophicRegexOverALongLineGivesTheRightAnswer() throws Exception {
        String line = "a".repeat(100_000);
        HuntEngine engine = oneLine(line);
        // Exponential for a backtracking engine; RE2 runs it in time linear in the line.
        assertThat(engine.run("T | where Line matches regex \"(a*)*b\" | count").text())
                .containsExactly(List.of("0"));
        assertThat(engine.run("T | where Line matches regex \"(a|aa)+$\" | count").text())
                .containsExactly(List.of("1"));
        assertThat(
                        oneLine(line + "b")
                                .run("T | where Line matches regex \"(a*)*b\" | count")
                                .text())
                .containsExactly(List.of("1"));
        assertThat(engine.run("T | project n = strlen(extract(\"((a+)+)\", 1, Line))").text())
                .containsExactly(List.of("100000"));
    }

    @Test
    void deepNestingIsRefusedWithAMessage() {
        String deep = "T | where " + "(".repeat(10_000) + "true" + ")".repeat(10_000);
        assertThatThrownBy(() -> oneLine("x").prepare(deep))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("nests too deeply");
    }

    @Test
    void aHugeQueryLineIsHandled() throws Exception {
        StringBuilder q = new StringBuilder("T | where Line in (");
        for (int i = 0; i < 20_000; i++) {
            q.append(i == 0 ? "" : ", ").append('"').append(i).append('"');
        }
        q.append(") | count");
        assertThat(oneLine("19999").run(q.toString()).text()).containsExactly(List.of("1"));
    }

    @Test
    void escapeSequencesInLogValuesNeverReachTheTerminal() throws Exception {
        QueryResult r = oneLine("evil\u001b]0;owned\u0007\u001b[2J\u202etext").run("T");
        String shown =
                String.join(
                        "\n",
                        ResultTable.render(r, 80, false).stream().map(Object::toString).toList());
        assertThat(shown)
                .doesNotContain("\u001b")
                .doesNotContain("\u0007")
                .doesNotContain("\u202e")
                .contains("evil^[]0;owned^G^[[2J<U+202E>text");
    }

    @Test
    void aQueryThatDividesByZeroGivesEmptyNotAnError() throws Exception {
        assertThat(oneLine("x").run("T | project a = 1 / 0, b = 1.0 / 0").text().get(0).get(0))
                .isEmpty();
    }
}
