package org.hygiene.lessons.hunt.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hygiene.lessons.hunt.HuntEngine;
import org.junit.jupiter.api.Test;

/** What completion offers at each point of a query. */
class QueryCompletionTest {
    private final QueryCompletion completion =
            new QueryCompletion(
                    HuntEngine.over(ShellHarness.specTables(), ShellHarness.NOW),
                    List.of(".tables", ".schema", ".quit"));

    private List<String> at(String line) {
        return completion.suggest(line, line.length()).stream()
                .map(QueryCompletion.Suggestion::value)
                .toList();
    }

    @Test
    void anEmptyLineOffersTablesQueryStartsAndCommands() {
        assertThat(at("")).contains("HttpProxy", "W3CIISLog", "let", "search", ".tables");
    }

    @Test
    void afterAPipeComeOperators() {
        assertThat(at("HttpProxy | "))
                .contains("where", "summarize", "project-away", "top")
                .doesNotContain("HttpProxy");
    }

    @Test
    void insideWhereComeTheTablesColumnsAndFunctions() {
        assertThat(at("W3CIISLog | where "))
                .contains("csUriStem", "cIP", "tolower(", "bin(")
                .doesNotContain("AnchorMailbox");
    }

    @Test
    void columnsFollowWhatTheEarlierOperatorsProduce() {
        assertThat(at("HttpProxy | project ip = ClientIpAddress, HttpStatus | where "))
                .contains("ip", "HttpStatus")
                .doesNotContain("ClientIpAddress", "UrlStem");
        assertThat(at("HttpProxy | summarize n = count() by ClientIpAddress | sort by "))
                .contains("n", "ClientIpAddress")
                .doesNotContain("UrlStem");
    }

    @Test
    void afterAColumnComePredicates() {
        assertThat(at("HttpProxy | where UrlStem "))
                .contains("has", "startswith", "==", "matches", "!in");
    }

    @Test
    void afterSortComesBy() {
        assertThat(at("HttpProxy | sort ")).containsExactly("by");
    }

    @Test
    void summarizeOffersAggregations() {
        assertThat(at("HttpProxy | summarize "))
                .contains("count(", "dcount(", "make_set(", "ClientIpAddress");
    }

    @Test
    void dotCommandsAndSchemaTablesComplete() {
        assertThat(completion.suggest(".sc", 0).stream().map(QueryCompletion.Suggestion::value))
                .containsExactly(".tables", ".schema", ".quit");
        assertThat(at(".schema ")).contains("HttpProxy", "Files");
    }

    @Test
    void unionAndSearchInOfferTables() {
        assertThat(at("union HttpProxy, ")).contains("W3CIISLog");
        assertThat(at("search in (")).contains("Event");
    }

    @Test
    void lineParserContinuesOnATrailingPipeOrAnOpenParenthesis() {
        assertThat(HuntLineParser.continues("HttpProxy |")).isTrue();
        assertThat(HuntLineParser.continues("HttpProxy | where x in (\"a\",")).isTrue();
        assertThat(HuntLineParser.continues("HttpProxy | where x == \"(\"")).isFalse();
        assertThat(HuntLineParser.continues("HttpProxy | count")).isFalse();
        assertThat(HuntLineParser.continues(".schema HttpProxy")).isFalse();
    }

    @Test
    void highlighterColoursTablesOperatorsStringsAndErrors() {
        HuntHighlighter h =
                new HuntHighlighter(HuntEngine.over(ShellHarness.specTables(), ShellHarness.NOW));
        var line = h.highlight("HttpProxy | where UrlStem has \"y.js\" // note");
        assertThat(line.toString()).isEqualTo("HttpProxy | where UrlStem has \"y.js\" // note");
        assertThat(line.styleAt(0)).isEqualTo(HuntHighlighter.TABLE);
        assertThat(line.styleAt(12)).isEqualTo(HuntHighlighter.OPERATOR);
        assertThat(line.styleAt(26)).isEqualTo(HuntHighlighter.KEYWORD);
        assertThat(line.styleAt(30)).isEqualTo(HuntHighlighter.STRING);
        assertThat(line.styleAt(38)).isEqualTo(HuntHighlighter.COMMENT);
    }
}
