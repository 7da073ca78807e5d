package org.hygiene.lessons.hunt.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hunt shell driven through a terminal over streams, as a learner would type. */
class HuntShellTest {
    @Test
    void aQueryPrintsItsRowsAsATable() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> {},
                        "HttpProxy | summarize count() by ClientIpAddress\r",
                        ".quit\r");
        assertThat(screen)
                .contains("ClientIpAddress  count_")
                .contains("203.0.113.21          3")
                .contains("4 rows in");
    }

    @Test
    void aWindowsPathTypedIntoAQueryKeepsEveryBackslash() {
        // Every Exchange path holds "\\Exchange"; JLine 4.5.0 bound the literal text \\E[< as
        // xterm's mouse key, so a typed "\\E" used to vanish and this query found nothing.
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> {},
                        "Files | where FileName startswith @\"C:\\Program"
                                + " Files\\Microsoft\\Exchange Server\\V15\" | count\r",
                        ".quit\r");
        assertThat(screen).contains("Count\n-----\n    1");
    }

    @Test
    void tabCompletesTablesOperatorsAndColumns() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        100,
                        24,
                        b -> {},
                        "HttpPr",
                        "\t",
                        " | wher",
                        "\t",
                        "ClientIpAddr",
                        "\t",
                        "== \"192.0.2.10\" | cou",
                        "\t",
                        "\r",
                        ".quit\r");
        // Only the completed names make a query that runs: HttpProxy, where, ClientIpAddress,
        // count.
        assertThat(screen)
                .contains("ClientIpAddress == \"192.0.2.10\"")
                .contains("Count\n-----\n    1\n1 row in")
                .doesNotContain("unknown");
    }

    @Test
    void columnNamesFromLogsAreCleanedInCompletionAndMessages() {
        // A log's own header names the columns: BEL, C1 CSI and a right-to-left override in one.
        String hostile = "Evil\u0007\u009b2J\u202eName";
        org.hygiene.lessons.hunt.MemoryTable t =
                new org.hygiene.lessons.hunt.MemoryTable(
                        "T", new Schema(List.of(new Column(hostile, ColumnType.STRING))), true);
        t.add("x", "x");
        String screen =
                ShellHarness.run(
                        List.of(t), 80, 24, b -> {}, "T | project Ev", "\t", "\r", ".quit\r");
        // The completed name cannot be queried as typed, and the error says so, cleaned too.
        assertThat(screen)
                .contains("Evil^G<U+009B>2J<U+202E>Name")
                .contains("unexpected character")
                .doesNotContain("\u0007")
                .doesNotContain("\u009b")
                .doesNotContain("\u202e");
    }

    @Test
    void aLineEndingInAPipeContinuesTheQuery() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> {},
                        "W3CIISLog |\r",
                        "where cIP == \"127.0.0.1\" |\r",
                        "project csUserName\r",
                        ".quit\r");
        assertThat(screen).contains("csUserName").contains("EX01$").contains("1 row in");
    }

    private static final String LESSON_STYLE =
            "HttpProxy\r| where ClientIpAddress == \"203.0.113.21\"\r| summarize count() by"
                    + " ClientIpAddress\r";

    @Test
    void aMultiLineQueryPastedWithBracketedPasteRunsOnEnter() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> {},
                        "\033[200~" + LESSON_STYLE + "\033[201~",
                        "\r",
                        ".quit\r");
        assertThat(screen)
                .contains("203.0.113.21          3")
                .contains("1 row in")
                .doesNotContain("expected '|'")
                .doesNotContain("4 rows");
    }

    @Test
    void aMultiLineQueryPastedAsKeystrokesRunsOnceWhenThePasteEnds() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(), 80, 24, b -> {}, LESSON_STYLE, ".quit\r");
        assertThat(screen)
                .contains("203.0.113.21          3")
                .contains("1 row in")
                .doesNotContain("expected '|'")
                .doesNotContain("rows in");
    }

    @Test
    void aMultiLineQueryTypedLineByLineRunsAtTheEmptyLine() {
        String screen =
                ShellHarness.typeSlowly(
                        ShellHarness.specTables(),
                        80,
                        24,
                        "HttpProxy\r",
                        "| where ClientIpAddress == \"203.0.113.21\"\r",
                        "| summarize count() by ClientIpAddress\r",
                        "\r",
                        ".quit\r");
        assertThat(screen)
                .contains("\n    > ")
                .contains("203.0.113.21          3")
                .contains("1 row in")
                .doesNotContain("rows in");
    }

    @Test
    void aLineStartingWithAPipeGoesOnFromTheLastQuery() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> {},
                        "HttpProxy | summarize count() by ClientIpAddress\r",
                        // A command in between, so the next line cannot arrive with the query's
                        // Enter and look like the rest of a paste on a slow machine.
                        ".tables\r",
                        "| where ClientIpAddress == \"203.0.113.21\"\r",
                        ".quit\r");
        assertThat(screen).contains("4 rows in").contains("1 row in");
    }

    @Test
    void aBadQueryPointsAtTheProblemAndTheShellGoesOn() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> {},
                        "HttpProxyy | count\r",
                        "HttpProxy | count\r",
                        ".quit\r");
        assertThat(screen)
                .contains("  HttpProxyy | count\n  ^~~~~~~~~~")
                .contains("unknown table 'HttpProxyy'")
                .contains("did you mean 'HttpProxy'?")
                .contains("Count");
    }

    @Test
    void aLongErrorMessageIsWrappedAtSpacesToTheScreen() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        50,
                        24,
                        b -> {},
                        "HttpProxy | where UrlStem matches regex @\"(?i)[a-\\x{2000}]\" | count\r",
                        ".quit\r");
        assertThat(screen).contains("case-insensitive matching cannot");
        String message =
                screen.substring(screen.indexOf("line 1, column"), screen.indexOf("drop (?i)"));
        assertThat(message.lines())
                .hasSizeGreaterThan(3)
                .allSatisfy(
                        line ->
                                assertThat(line)
                                        .hasSizeLessThanOrEqualTo(50)
                                        .doesNotStartWith(" "));
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void queriesPastTheBoundsGetASentenceAndTheShellGoesOn() {
        String a64 = String.join(",", java.util.Collections.nCopies(64, "a"));
        String b64 = String.join(",", java.util.Collections.nCopies(64, "b"));
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> {},
                        "HttpProxy | where " + "-".repeat(300) + "1 == 1\r",
                        "let a = \"aaaaaaaa\"; let b = strcat("
                                + a64
                                + "); let c = strcat("
                                + b64
                                + "); let d = strcat(c, c, c, c); HttpProxy | where strcat(d,"
                                + " Method) matches regex \"(a{1,100}){1,4}$\" | count\r",
                        "HttpProxy | count\r",
                        ".quit\r");
        assertThat(screen)
                .contains("the expression nests too deeply")
                .contains("too complex for a value of 131,07")
                .contains("Count")
                .doesNotContain("Exception");
    }

    @Test
    void ctrlCCancelsARunningQueryButNotTheShell() {
        String screen =
                ShellHarness.run(
                        List.of(new EndlessTable()),
                        80,
                        24,
                        b -> {},
                        "Endless | count\r",
                        "\u0003",
                        "Endless | take 2\r",
                        ".quit\r");
        assertThat(screen).contains("query cancelled").contains("2 rows in");
    }

    @Test
    void aResultTallerThanTheScreenOpensThePagerAndLeavesTheLastPageSeen() {
        String screen =
                ShellHarness.run(
                        List.of(new EndlessTable()),
                        80,
                        10,
                        b -> {},
                        "Endless | take 40\r",
                        " ",
                        "G",
                        "k",
                        "q",
                        ".quit\r");
        // The pager showed the first page, then the end; after q the rows last seen stay above
        // the prompt under their column names.
        assertThat(screen).contains("40 rows in").contains("21%  h keys  q back").contains("END");
        assertThat(screen).contains("(paged: the part last seen is above; .page shows it all");
        String after = screen.substring(screen.lastIndexOf("q back"));
        assertThat(after)
                .contains("n=35")
                .contains("n=39")
                .doesNotContain("n=34")
                .doesNotContain("n=40");
    }

    @Test
    void pageShowsTheLastResultAgainAndShowPagesALongRow() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        10,
                        b -> {},
                        "HttpProxy | take 1\r",
                        ".show 1\r",
                        "q",
                        ".page\r",
                        ".quit\r");
        assertThat(screen).contains("row 1 of 1, one column per line").contains("q back");
        assertThat(screen.indexOf("1 row in", screen.indexOf(".page"))).isPositive();
    }

    @Test
    void longValuesAreCutWithAnEllipsisAndWideShowsThemWhole() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        40,
                        24,
                        b -> {},
                        "Files | project FileName, Size\r",
                        ".wide\r",
                        ".quit\r");
        assertThat(screen).contains("C:\\inetpub\\wwwroot\\aspnet_client…   1200");
        assertThat(screen.replace("\n", ""))
                .contains("C:\\inetpub\\wwwroot\\aspnet_client\\system_web\\abc.aspx");
    }

    @Test
    void showPrintsOneRowVertically() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> {},
                        "HttpProxy | where RequestId == \"r2\"\r",
                        ".show 1\r",
                        ".show 9\r",
                        ".quit\r");
        assertThat(screen)
                .contains("row 1")
                .contains("AnchorMailbox      ServerInfo~a]@ex01.example.local:444/mapi/emsmdb/?#")
                .contains("there is no row 9");
    }

    @Test
    void dotCommandsListTablesAndSchemas() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        30,
                        b -> {},
                        ".tables\r",
                        ".schema W3CIISLog\r",
                        ".schema HttpProxyy\r",
                        ".tabels\r",
                        ".help\r",
                        ".quit\r");
        assertThat(screen)
                .containsPattern("HttpProxy +10 columns")
                .contains("csUriStem      string")
                .contains("sPort          long")
                .contains("did you mean 'HttpProxy'?")
                .contains("unknown command .tabels; did you mean .tables?")
                .contains(".examples");
    }

    @Test
    void examplesOnlyShowQueriesForLoadedTables() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        100,
                        60,
                        b -> b.paging(false),
                        ".examples\r",
                        ".quit\r");
        assertThat(screen).contains("ServerInfo~").doesNotContain("EcpServer |");
    }

    @Test
    void otherCodeCanAddCommandsAndABanner() {
        ShellCommand answer =
                new ShellCommand() {
                    public String name() {
                        return "answer";
                    }

                    public String summary() {
                        return "TEXT  submit your answer";
                    }

                    public void run(ShellContext context, String args) {
                        String rows =
                                context.lastResult()
                                        .map(r -> String.valueOf(r.totalRows()))
                                        .orElse("none");
                        context.println(
                                "you answered " + args + " after a query with " + rows + " rows");
                        context.quit();
                    }
                };
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        80,
                        24,
                        b -> b.prompt("exercise> ").banner("Find the SSRF source.").command(answer),
                        "HttpProxy | take 3\r",
                        "answer 203.0.113.21\r",
                        "HttpProxy | count\r");
        assertThat(screen)
                .contains("Find the SSRF source.")
                .contains("exercise> ")
                .contains("you answered 203.0.113.21 after a query with 3 rows")
                .doesNotContain("Count");
    }

    @Test
    void historyIsKeptInAFile(@TempDir Path dir) throws IOException {
        Path history = dir.resolve("hunt_history");
        ShellHarness.run(
                ShellHarness.specTables(),
                80,
                24,
                b -> {},
                history,
                "HttpProxy | count\r",
                ".quit\r");
        assertThat(Files.readString(history)).contains("HttpProxy | count");
    }

    /** A table that never ends, to test cancelling and paging. */
    static final class EndlessTable implements LogTable {
        private final Schema schema = new Schema(List.of(new Column("n", ColumnType.STRING)));

        public String name() {
            return "Endless";
        }

        public Schema schema() {
            return schema;
        }

        public RowCursor open(RawFilter filter) {
            return new RowCursor() {
                long n;

                public Row next() {
                    return new Row(schema, new Object[] {"n=" + (++n)});
                }

                public long rejected() {
                    return 0;
                }

                public void close() {}
            };
        }
    }
}
