package org.hygiene.lessons.hunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.junit.jupiter.api.Test;

/** Errors name the problem, point at it with a caret and suggest the nearest name. */
class QueryErrorTest {
    private final HuntEngine engine =
            HuntEngine.over(QuerySpec.load().build(true), Instant.parse("2021-03-04T00:00:00Z"));

    private QueryException error(String query) {
        try {
            engine.prepare(query);
        } catch (QueryException e) {
            return e;
        }
        throw new AssertionError("no error for " + query);
    }

    @Test
    void theCaretSitsUnderTheUnknownTable() {
        String query = "HttpProxyy | count";
        assertThat(error(query).render(query))
                .isEqualTo(
                        """
                          HttpProxyy | count
                          ^~~~~~~~~~
                        line 1, column 1: unknown table 'HttpProxyy'
                          did you mean 'HttpProxy'?\
                        """);
    }

    @Test
    void aLineLongerThanTheTerminalIsCutAroundTheProblemSoTheCaretNeverWraps() {
        String query =
                "HttpProxy | where ClientIpAddress == \"203.0.113.21\" and UrlStem startswith"
                        + " \"/ecp/\" and AnchorMailbox startswith \"ServerInfo~\" and Methd =="
                        + " \"POST\" | count";
        String[] lines = error(query).render(query, 80).split("\n");
        assertThat(lines[0]).hasSizeLessThanOrEqualTo(80).startsWith("  ...");
        assertThat(lines[1]).hasSizeLessThanOrEqualTo(80);
        int caret = lines[1].indexOf('^');
        assertThat(lines[0].substring(caret)).startsWith("Methd ==");
        assertThat(lines[2]).startsWith("line 1, column 131: unknown column 'Methd'");
    }

    @Test
    void theCaretSitsUnderTheColumnOnItsOwnLine() {
        String query = "W3CIISLog\n| where csUristem has \"owa\"";
        assertThat(error(query).render(query))
                .isEqualTo(
                        """
                          | where csUristem has "owa"
                                  ^~~~~~~~~
                        line 2, column 9: unknown column 'csUristem'
                          did you mean 'csUriStem'?\
                        """);
    }

    @Test
    void aMistypedPredicateSuggestsTheOperator() {
        QueryException e = error("HttpProxy | where UrlStem startwith \"/ecp\"");
        assertThat(e.getMessage()).isEqualTo("unknown operator 'startwith'");
        assertThat(e.suggestion()).contains("startswith");
    }

    @Test
    void aFarFetchedNameGetsNoSuggestion() {
        assertThat(error("Xyzzy | count").suggestion()).isEmpty();
    }

    @Test
    void controlCharactersInTheQueryAreShownSafely() {
        String query = "Http\u001b[31mProxy | count";
        assertThatThrownBy(() -> engine.prepare(query)).isInstanceOf(QueryException.class);
        assertThat(error(query).render(query)).doesNotContain("\u001b");
    }

    @Test
    void anEmptyQuerySaysWhereToStart() {
        assertThat(error("  ").getMessage()).contains("start with a table name");
    }
}
