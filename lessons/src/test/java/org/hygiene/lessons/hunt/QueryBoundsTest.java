package org.hygiene.lessons.hunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hygiene.lessons.hunt.lang.Cancellation;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.hygiene.lessons.hunt.lang.QueryLimitException;
import org.hygiene.lessons.regex.RegexTooCostlyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Queries built to exhaust the stack, the heap or the CPU (issue 13, items 2 to 4) are refused with
 * a sentence, quickly, and the engine stays usable. The timeouts are there so a regression fails
 * instead of hanging the build; they are not speed goals.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class QueryBoundsTest {
    private static final Instant NOW = Instant.parse("2021-03-04T00:00:00Z");

    private static HuntEngine table(int rows, String value) {
        MemoryTable t = MemoryTable.parse("T", "Line:string | N:long\nx | 1", true);
        MemoryTable table = new MemoryTable("T", t.schema(), true);
        for (int i = 0; i < rows; i++) {
            table.add(value, value + i, (long) i);
        }
        return HuntEngine.over(List.of(table), NOW);
    }

    private static HuntEngine oneRow() {
        return table(1, "x");
    }

    @Test
    void aRegexThatExpandsToBillionsOfStepsIsRefusedBeforeItCompiles() {
        assertThatThrownBy(
                        () ->
                                oneRow().prepare(
                                                "T | where Line matches regex"
                                                        + " \"((a{1,1000}){1,1000}){1,1000}\""))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("too complex")
                .hasMessageContaining("limit is 1,000");
        assertThatThrownBy(
                        () ->
                                oneRow().prepare(
                                                "T | project extract(\"(a{1,1000}){1,1000}$\", 1,"
                                                        + " Line)"))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("too complex");
    }

    @Test
    void aNumberWithADigitOfAnotherScriptIsAnErrorNotACrash() {
        // Found by fuzzing: Character.isDigit took the Arabic-Indic 2, Double.parseDouble did not.
        assertThatThrownBy(() -> oneRow().prepare("T | where N == 19\u06f2.0"))
                .isInstanceOf(QueryException.class);
    }

    @Test
    void aCaseInsensitiveRegexThatRe2jCouldNeverCompileIsRefused() {
        // Found by fuzzing: RE2/J spins for ever folding the case of U+1C80..U+1C88.
        assertThatThrownBy(
                        () ->
                                oneRow().prepare(
                                                "T | where Line matches regex"
                                                        + " \"(?i)[\u0100-\u20ac]\""))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("U+1C80 to U+1C88");
    }

    @Test
    void aRegexTooCostlyForALongValueStopsWithAMessage() throws Exception {
        HuntEngine engine = table(1, "a".repeat(200_000));
        assertThatThrownBy(
                        () ->
                                engine.run(
                                        "T | where Line matches regex \"(a{1,100}){1,4}$\" |"
                                                + " count"))
                .isInstanceOf(RegexTooCostlyException.class)
                .hasMessageContaining("too complex for a value of 200,001");
        // An ordinary pattern runs on the same value.
        assertThat(engine.run("T | where Line matches regex \"^a+[0-9]$\" | count").text())
                .containsExactly(List.of("1"));
    }

    @Test
    void fiveThousandMinusSignsAreRefused() {
        String q = "T | where " + "-".repeat(5_000) + "1 == 1";
        assertThatThrownBy(() -> oneRow().prepare(q))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("nests too deeply");
    }

    @Test
    void anOrOfThreeThousandTermsIsRefusedAndAThousandRun() throws Exception {
        StringBuilder q = new StringBuilder("T | where N == 0");
        for (int i = 1; i < 3_000; i++) {
            q.append(" or N == ").append(i);
        }
        assertThatThrownBy(() -> oneRow().prepare(q.toString()))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("more than 1000 operators")
                .hasMessageContaining("in (...)");
        StringBuilder ok = new StringBuilder("T | where N == 0");
        for (int i = 1; i < 499; i++) {
            ok.append(" or N == ").append(i);
        }
        // 499 'or' and 500 '==' operators: the deepest tree the bound lets through still runs.
        assertThat(oneRow().run(ok + " | count").text()).containsExactly(List.of("1"));
    }

    @Test
    void fiveThousandPipedWheresAreRefused() throws Exception {
        String q = "T" + " | where true".repeat(5_000);
        assertThatThrownBy(() -> oneRow().prepare(q))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("at most 500 operators");
        assertThat(oneRow().prepare("T" + " | where true".repeat(500))).isNotNull();
    }

    @Test
    void aListOfFiveThousandItemsRuns() throws Exception {
        StringBuilder q = new StringBuilder("T | where N in (");
        for (int i = 0; i < 5_000; i++) {
            q.append(i == 0 ? "" : ",").append(i + 7);
        }
        assertThat(oneRow().run(q + ") | count").text()).containsExactly(List.of("0"));
    }

    @Test
    void aTenMegabyteQueryIsRefusedAndItsErrorShowsOnlyAWindow() {
        String q = "T | where Line == \"" + "a".repeat(10_000_000) + "\"";
        assertThatThrownBy(() -> oneRow().prepare(q))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("10,000,020 characters long; the limit is 1,048,576")
                .satisfies(
                        e -> assertThat(((QueryException) e).render(q).length()).isLessThan(400));
    }

    @Test
    void aStrcatChainThatDoublesPastSixteenMegabytesIsRefused() {
        StringBuilder q = new StringBuilder("let a = \"xxxxxxxx\";");
        for (int level = 0; level < 6; level++) {
            String from = String.valueOf((char) ('a' + level));
            q.append(" let ")
                    .append((char) ('b' + level))
                    .append(" = strcat(")
                    .append(String.join(",", java.util.Collections.nCopies(64, from)))
                    .append(");");
        }
        q.append(" T | extend s = g");
        assertThatThrownBy(() -> oneRow().prepare(q.toString()))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("more than 16 MB with strcat()");
        assertThatThrownBy(
                        () ->
                                table(1, "a".repeat(100_000))
                                        .run(
                                                "T | extend s = replace_string(Line, \"a\","
                                                    + " \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\")"))
                .isInstanceOf(QueryLimitException.class)
                .hasMessageContaining("replace_string()");
    }

    @Test
    void aUnionFanOutIsRefusedWhilePlanning() {
        StringBuilder q = new StringBuilder("let a0 = union " + "T,".repeat(49) + "T;");
        for (int k = 1; k < 4; k++) {
            q.append(" let a").append(k).append(" = union ");
            q.append(("a" + (k - 1) + ",").repeat(49)).append("a").append(k - 1).append(';');
        }
        q.append(" a3 | count");
        assertThatThrownBy(() -> oneRow().prepare(q.toString()))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("more than 1000 table reads");
    }

    @Test
    void sortSummarizeAndDistinctStopAtTheMemoryBudget() throws Exception {
        HuntEngine engine = table(20_000, "x".repeat(200)).withMemoryLimit(1);
        for (String q :
                List.of(
                        "T | sort by Line",
                        "T | summarize make_list(Line)",
                        "T | summarize count() by Line",
                        "T | distinct Line",
                        "T | top 100000 by N")) {
            assertThatThrownBy(() -> engine.prepare(q).collect(new Cancellation(), 10), q)
                    .isInstanceOf(QueryLimitException.class)
                    .hasMessageContaining("needs more than 1 MB of memory")
                    .hasMessageContaining("--max-memory");
        }
        // top keeps only its rows, and streaming operators keep none: both run within 1 MB.
        assertThat(engine.run("T | top 1 by N desc | project N").text())
                .containsExactly(List.of("19999"));
        assertThat(engine.run("T | where N > 5 | count").text()).containsExactly(List.of("19994"));
    }

    @Test
    void aTimespanPastWhatADurationHoldsIsAnErrorNotAWrongAnswer() throws Exception {
        assertThatThrownBy(() -> oneRow().prepare("T | where ago(99999999d) < now()"))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("timespan too large");
        assertThat(oneRow().run("T | project isnull(now(106000d) - 1d)").text())
                .containsExactly(List.of("false"));
    }
}
