package org.hygiene.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.ScreenTerminal;
import org.junit.jupiter.api.Test;

/**
 * Leaving a full screen on a terminal without an alternate screen (TERM=ansi): what is printed next
 * starts on a clean screen, not under the pager's status line.
 */
class FullScreenLeaveTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Terminal ansiTerminal() throws Exception {
        PipedInputStream keys = new PipedInputStream(new PipedOutputStream());
        return TerminalBuilder.builder()
                .system(false)
                .streams(keys, out)
                .type("ansi")
                .encoding(StandardCharsets.UTF_8)
                .size(new Size(40, 6))
                .build();
    }

    private static List<AttributedString> page() {
        return List.of(
                new AttributedString("lesson text"),
                AttributedString.EMPTY,
                AttributedString.EMPTY,
                AttributedString.EMPTY,
                AttributedString.EMPTY,
                new AttributedString(" Lesson 3   86%  h keys  q back"));
    }

    /** The screen once {@code text} is written (output may reach the stream a moment later). */
    private String screenOnce(String text) throws InterruptedException {
        for (int i = 0; i < 500 && !out.toString(StandardCharsets.UTF_8).contains(text); i++) {
            Thread.sleep(10);
        }
        ScreenTerminal emulator = new ScreenTerminal(40, 6);
        emulator.write(out.toString(StandardCharsets.UTF_8));
        return emulator.toString();
    }

    @Test
    void anExerciseShellOpenedFromALessonStartsOnACleanScreen() throws Exception {
        Terminal terminal = ansiTerminal();
        try (FullScreen map = new FullScreen(terminal)) {
            try (FullScreen lesson = new FullScreen(terminal)) {
                lesson.show(page());
            }
            try (FullScreen.Suspended lineMode = FullScreen.suspend(terminal)) {
                terminal.writer().println("Exercise: Who ran the chain?");
                terminal.flush();
                String screen = screenOnce("chain?");
                assertThat(screen).doesNotContain("q back").doesNotContain("lesson text");
                assertThat(screen.lines().findFirst().orElse(""))
                        .startsWith("Exercise: Who ran the chain?");
            }
        }
        terminal.close();
    }

    @Test
    void closingTheOutermostScreenLeavesACleanScreen() throws Exception {
        Terminal terminal = ansiTerminal();
        try (FullScreen lesson = new FullScreen(terminal)) {
            lesson.show(page());
        }
        terminal.writer().println("hunt>");
        terminal.flush();
        String screen = screenOnce("hunt>");
        assertThat(screen).doesNotContain("q back");
        assertThat(screen.lines().findFirst().orElse("")).startsWith("hunt>");
        terminal.close();
    }
}
