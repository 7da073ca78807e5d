package org.hygiene.lessons.hunt;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import org.hygiene.lessons.hunt.lang.Cancellation;
import org.hygiene.lessons.hunt.lang.Lexer;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.hygiene.lessons.logs.LogTable;

/**
 * Any text given to the query parser either plans or fails with a {@link QueryException}; a query
 * that plans runs over the spec's tables without any other exception. Regression runs in every
 * build; JAZZER_FUZZ=1 fuzzes.
 */
class QueryParserFuzzTest {
    private static final List<LogTable> TABLES = QuerySpec.load().build(true);
    private static final HuntEngine ENGINE =
            HuntEngine.over(TABLES, Instant.parse("2021-03-04T00:00:00Z"));
    private static final String[] SEEDS = {
        "HttpProxy | where AnchorMailbox startswith \"ServerInfo~\" | summarize count() by"
                + " ClientIpAddress",
        "let x = dynamic([1, \"a\"]); W3CIISLog | where cIP in (x) | top 3 by TimeGenerated asc"
                + " nulls last",
        "search in (Files) \"aspx*\" | union (Event | project-away Source) | distinct *",
        "HttpProxy | extend d = TimeGenerated - ago(1d) | project split(UrlStem, \"/\")[-1], bin(d,"
                + " 1h)",
    };

    @FuzzTest(maxDuration = "20s")
    void anyTextPlansOrFailsCleanly(FuzzedDataProvider data) throws Exception {
        String query =
                data.consumeBoolean()
                        ? SEEDS[data.consumeInt(0, SEEDS.length - 1)].substring(0, 0) + mutate(data)
                        : data.consumeRemainingAsString();
        Lexer.tokenizeLenient(query);
        PreparedQuery prepared;
        try {
            prepared = ENGINE.prepare(query);
        } catch (QueryException e) {
            e.render(query);
            return;
        }
        prepared.collect(new Cancellation(), 1000);
    }

    private static String mutate(FuzzedDataProvider data) {
        String seed = SEEDS[data.consumeInt(0, SEEDS.length - 1)];
        int at = data.consumeInt(0, seed.length());
        int cut = data.consumeInt(0, seed.length() - at);
        return seed.substring(0, at) + data.consumeString(20) + seed.substring(at + cut);
    }
}
