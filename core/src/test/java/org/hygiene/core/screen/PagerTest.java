package org.hygiene.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.hygiene.core.markdown.Rendered;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.ScreenTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pager driven headlessly, over a virtual screen, with keys typed as bytes. */
class PagerTest {
    private static final String LESSON = buildLesson();

    private ScreenTerminal.VirtualTerminal vt;

    private static String buildLesson() {
        StringBuilder md = new StringBuilder("# Alpha\n\n");
        for (int i = 1; i <= 40; i++) {
            md.append("Paragraph ")
                    .append(i)
                    .append(" of the first part, long enough to wrap at forty columns.\n\n");
        }
        md.append("## Bravo\n\nThe needle is here.\n\n");
        for (int i = 1; i <= 40; i++) {
            md.append("Filler ").append(i).append(" in the second part.\n\n");
        }
        md.append("## Charlie\n\nThe end.\n");
        return md.toString();
    }

    private static IntFunction<Rendered> render() {
        return width -> new TerminalMarkdown(Theme.DARK, width).renderDocument(LESSON);
    }

    private CompletableFuture<Pager.Result> open(int cols, int rows) throws Exception {
        vt = ScreenTerminal.withTerminal("test", "xterm-256color", cols, rows);
        Terminal terminal = vt.terminal();
        Pager pager = Pager.forDocument(Theme.DARK, "Test lesson", render());
        return CompletableFuture.supplyAsync(
                () -> {
                    try (FullScreen screen = new FullScreen(terminal)) {
                        return pager.show(screen, 0);
                    }
                });
    }

    private void type(String keys) throws Exception {
        vt.terminal().processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
    }

    private String waitForScreen(String text) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String screen = vt.screen().toString();
        while (!screen.contains(text) && System.nanoTime() < until) {
            Thread.sleep(20);
            screen = vt.screen().toString();
        }
        assertThat(screen).contains(text);
        return screen;
    }

    @AfterEach
    void close() throws Exception {
        if (vt != null) {
            vt.terminal().close();
        }
    }

    @Test
    void theStatusLineShowsTitleSectionPercentAndTheHelpKey() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);

        String screen = waitForScreen("h keys");
        type("q");

        assertThat(screen).contains("Test lesson › Alpha").contains("%");
        assertThat(result.get(10, TimeUnit.SECONDS).exit()).isEqualTo(Pager.Exit.BACK);
    }

    @Test
    void spaceAndLineKeysMoveThroughTheText() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");

        type("  jjk b");
        type("q");

        assertThat(result.get(10, TimeUnit.SECONDS).position()).isEqualTo(2 * 23 + 1);
    }

    @Test
    void endKeyReachesTheEndAndMarksItRead() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");

        type("G");
        waitForScreen("END");
        type("q");

        Pager.Result r = result.get(10, TimeUnit.SECONDS);
        Rendered doc = render().apply(80);
        assertThat(r.reachedEnd()).isTrue();
        assertThat(r.position()).isEqualTo(doc.lines().size() - 23);
    }

    @Test
    void slashSearchesForwardAndGoesToTheMatch() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");

        type("/needle");
        waitForScreen("/needle");
        type("\r");
        String screen = waitForScreen("Match 1 of 1");
        type("q");

        Rendered doc = render().apply(80);
        int needle = indexOf(doc, "The needle is here.");
        assertThat(result.get(10, TimeUnit.SECONDS).position()).isEqualTo(needle);
        assertThat(screen.lines().findFirst().orElse("")).contains("The needle is here.");
    }

    @Test
    void questionMarkSearchesBackwardAndNRepeats() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");

        type("G?Paragraph 40\r");
        waitForScreen("Match 1 of 1");
        type("?Paragraph 3\r");
        type("n");
        type("q");

        Rendered doc = render().apply(80);
        // From "Paragraph 40" backward: "Paragraph 39", then n goes on backward to "Paragraph 38".
        assertThat(result.get(10, TimeUnit.SECONDS).position())
                .isEqualTo(indexOf(doc, "Paragraph 38 "));
    }

    @Test
    void aSearchWithNoMatchSaysSoAndStaysPut() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");

        type("/zebra\r");
        waitForScreen("Not found: zebra");
        type("q");

        assertThat(result.get(10, TimeUnit.SECONDS).position()).isZero();
    }

    @Test
    void tOpensTheTableOfContentsAndEnterJumpsToTheSection() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");

        type("t");
        String toc = waitForScreen("Enter go to section");
        type("jj\r");
        waitForScreen("The end.");
        type("q");

        Rendered doc = render().apply(80);
        assertThat(toc).contains("Alpha").contains("Bravo").contains("Charlie");
        assertThat(result.get(10, TimeUnit.SECONDS).position())
                .isEqualTo(Math.min(doc.headings().get(2).line(), doc.lines().size() - 23));
    }

    @Test
    void hShowsTheKeysAndAnyKeyGoesBack() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");

        type("h");
        String help = waitForScreen("Press any key to go back.");
        type("x");
        waitForScreen("h keys");
        type("q");

        assertThat(help).contains("search backward").contains("table of contents");
        assertThat(result.get(10, TimeUnit.SECONDS).exit()).isEqualTo(Pager.Exit.BACK);
    }

    @Test
    void aResizeReWrapsAndKeepsTheReaderOnTheSameText() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");
        type("/needle\r");
        waitForScreen("Match 1 of 1");

        vt.screen().setSize(40, 24);
        vt.terminal().setSize(new Size(40, 24));
        vt.terminal().raise(Terminal.Signal.WINCH);
        Thread.sleep(300);
        type("q");

        Rendered narrow = render().apply(40);
        assertThat(result.get(10, TimeUnit.SECONDS).position())
                .isEqualTo(indexOf(narrow, "The needle is here."));
    }

    @Test
    void ctrlCLeavesTheWholeApplication() throws Exception {
        CompletableFuture<Pager.Result> result = open(80, 24);
        waitForScreen("h keys");

        type("\u0003");

        assertThat(result.get(10, TimeUnit.SECONDS).exit()).isEqualTo(Pager.Exit.QUIT_APP);
    }

    private static int indexOf(Rendered doc, String text) {
        for (int i = 0; i < doc.lines().size(); i++) {
            if (doc.lines().get(i).toString().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("not rendered: " + text);
    }
}
