package org.hygiene.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.Theme;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PagerExitKeyTest {

    private static Pager.Result show(Pager pager, String keys) throws Exception {
        LineDisciplineTerminal terminal =
                new LineDisciplineTerminal(
                        "test", "ansi", new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        terminal.setSize(new Size(40, 10));
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
        try (FullScreen screen = new FullScreen(terminal)) {
            return pager.show(screen, 0);
        }
    }

    private static Pager pager() {
        List<AttributedString> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            lines.add(new AttributedString("line " + i));
        }
        return new Pager(Theme.MONO, "t", width -> lines);
    }

    @Test
    @Timeout(10)
    void anAddedKeyEndsTheShowAndIsNamed() throws Exception {
        Pager pager = pager().exitOn("open", "x", "open it", "x");
        Pager.Result result = show(pager, "jjx");
        assertThat(result.exit()).isEqualTo(Pager.Exit.KEY);
        assertThat(result.position()).isEqualTo(2);
        assertThat(pager.lastKey()).isEqualTo("open");
    }

    @Test
    @Timeout(10)
    void addedKeysWinOverThePagersOwn() throws Exception {
        Pager pager = pager().exitOn("enter", "Enter", "open", "\r", "\n");
        assertThat(show(pager, "\r").exit()).isEqualTo(Pager.Exit.KEY);
        assertThat(pager.lastKey()).isEqualTo("enter");
    }

    @Test
    @Timeout(10)
    void withoutAddedKeysEnterStillScrolls() throws Exception {
        Pager.Result result = show(pager(), "\r\rq");
        assertThat(result.exit()).isEqualTo(Pager.Exit.BACK);
        assertThat(result.position()).isEqualTo(2);
    }
}
