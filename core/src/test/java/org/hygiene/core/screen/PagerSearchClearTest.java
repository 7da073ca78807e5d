package org.hygiene.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.jline.utils.ScreenTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A pager search can be cleared, and stepping past its last match says so before going round. */
class PagerSearchClearTest {
    private static final String LESSON = lesson();

    private ScreenTerminal.VirtualTerminal vt;

    private static String lesson() {
        StringBuilder md = new StringBuilder("# Alpha\n\nThe needle is first here.\n\n");
        for (int i = 1; i <= 60; i++) {
            md.append("Filler ").append(i).append(" of the lesson.\n\n");
        }
        md.append("## Bravo\n\nThe needle is here again.\n\nThe end.\n");
        return md.toString();
    }

    private CompletableFuture<Pager.Result> open() throws Exception {
        vt = ScreenTerminal.withTerminal("test", "xterm-256color", 80, 24);
        Pager pager =
                Pager.forDocument(
                                Theme.DARK,
                                "Test lesson",
                                width ->
                                        new TerminalMarkdown(Theme.DARK, width)
                                                .renderDocument(LESSON))
                        .offerNext("The next unit");
        return CompletableFuture.supplyAsync(
                () -> {
                    try (FullScreen screen = new FullScreen(vt.terminal())) {
                        return pager.show(screen, 0);
                    }
                });
    }

    private void type(String keys) throws Exception {
        vt.terminal().processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
    }

    private String statusLineShows(String text) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String last = "";
        while (System.nanoTime() < until) {
            String[] lines = vt.screen().toString().split("\n");
            last = lines[lines.length - 1];
            if (last.contains(text)) {
                return last;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("status line never showed '" + text + "'; last: " + last);
    }

    @AfterEach
    void close() throws Exception {
        if (vt != null) {
            vt.terminal().close();
        }
    }

    @Test
    void atTheEndWithASearchActiveTheStatusSaysHowToClearItThenNGoesOn() throws Exception {
        CompletableFuture<Pager.Result> result = open();
        statusLineShows("h keys");

        type("/needle\r");
        statusLineShows("Match 1 of 2");
        type("G");
        statusLineShows("End. c clears the search; then n: next, The next unit");
        type("c");
        statusLineShows("Search cleared");
        type("j");
        statusLineShows("End. n: next, The next unit");
        type("n");

        assertThat(result.get(10, TimeUnit.SECONDS).exit()).isEqualTo(Pager.Exit.NEXT);
    }

    @Test
    void lessStyleEscUClearsTheSearchToo() throws Exception {
        CompletableFuture<Pager.Result> result = open();
        statusLineShows("h keys");

        type("/needle\r");
        statusLineShows("Match 1 of 2");
        type("\033u");
        statusLineShows("Search cleared");
        type("q");

        assertThat(result.get(10, TimeUnit.SECONDS).exit()).isEqualTo(Pager.Exit.BACK);
    }

    @Test
    void nPastTheLastMatchSaysSoAndOnlyTheSameKeyAgainGoesRound() throws Exception {
        CompletableFuture<Pager.Result> result = open();
        statusLineShows("h keys");

        type("/needle\r");
        statusLineShows("Match 1 of 2");
        type("n");
        statusLineShows("Match 2 of 2");
        type("n");
        statusLineShows("Last match: n again wraps to the first; c clears search");
        type("n");
        statusLineShows("Match 1 of 2, from the top");
        type("N");
        statusLineShows("First match: N again wraps to the last; c clears search");
        type("q");

        assertThat(result.get(10, TimeUnit.SECONDS).position()).isLessThan(5); // the first match
    }

    @Test
    void cWithNoSearchSaysThereIsNothingToClear() throws Exception {
        CompletableFuture<Pager.Result> result = open();
        statusLineShows("h keys");

        type("c");
        statusLineShows("No search to clear");
        type("q");

        assertThat(result.get(10, TimeUnit.SECONDS).exit()).isEqualTo(Pager.Exit.BACK);
    }
}
