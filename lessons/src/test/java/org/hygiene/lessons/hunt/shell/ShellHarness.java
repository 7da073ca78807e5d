package org.hygiene.lessons.hunt.shell;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QuerySpec;
import org.hygiene.lessons.logs.LogTable;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;

/** Run the hunt shell on a terminal over streams, with keys typed one after another. */
final class ShellHarness {
    static final Instant NOW = Instant.parse("2021-03-04T00:00:00Z");

    private ShellHarness() {}

    static List<LogTable> specTables() {
        return QuerySpec.load().build(true);
    }

    /**
     * Type {@code keys} into a shell over {@code tables} and return what the screen showed, without
     * colours.
     */
    static String run(
            List<LogTable> tables,
            int columns,
            int rows,
            Consumer<HuntShell.Builder> setup,
            String... keys) {
        return run(tables, columns, rows, setup, null, keys);
    }

    static String run(
            List<LogTable> tables,
            int columns,
            int rows,
            Consumer<HuntShell.Builder> setup,
            Path history,
            String... keys) {
        return run(tables, columns, rows, setup, history, new SlowKeys(400, 80, keys));
    }

    /**
     * Type {@code keys} as a person would, slowly: the shell tells typing from pasting by what is
     * already waiting, so these keys must not pile up even on a loaded machine.
     */
    static String typeSlowly(List<LogTable> tables, int columns, int rows, String... keys) {
        return run(tables, columns, rows, b -> {}, null, new SlowKeys(1500, 600, keys));
    }

    private static String run(
            List<LogTable> tables,
            int columns,
            int rows,
            Consumer<HuntShell.Builder> setup,
            Path history,
            InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // An external terminal runs JLine's own line discipline, so Ctrl-C raises INT as a tty
            // would.
            Terminal terminal =
                    new ExternalTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8);
            terminal.setSize(new Size(columns, rows));
            HuntShell.Builder b = HuntShell.builder(terminal, HuntEngine.over(tables, NOW));
            if (history != null) {
                b.historyFile(history);
            }
            setup.accept(b);
            b.build().run();
            terminal.flush();
            terminal.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AttributedString.fromAnsi(out.toString(StandardCharsets.UTF_8))
                .toString()
                .replace("\r\n", "\n")
                .replace("\r", "");
    }
}
