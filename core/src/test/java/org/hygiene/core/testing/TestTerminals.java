package org.hygiene.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Terminals over streams, for headless tests of screens and players. */
public final class TestTerminals {
    private TestTerminals() {}

    /** A capable (ANSI) terminal of the given size reading keys from {@code in}. */
    public static Terminal ansi(InputStream in, OutputStream out, int columns, int rows) {
        try {
            return TerminalBuilder.builder()
                    .system(false)
                    .streams(in, out)
                    .type("xterm-256color")
                    .encoding(StandardCharsets.UTF_8)
                    .size(new Size(columns, rows))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dumb terminal, as pipes and CI logs give (no pty, so no pump thread to warn on close). */
    public static Terminal dumb(InputStream in, OutputStream out) {
        try {
            return new org.jline.terminal.impl.DumbTerminal(
                    "test", "dumb", in, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
