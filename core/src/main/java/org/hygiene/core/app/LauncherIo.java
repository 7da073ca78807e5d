package org.hygiene.core.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;

/**
 * The outside world of one launcher run: streams, environment and a way to get the terminal. Only
 * {@code Main} builds the real one; tests build one over memory streams.
 */
public record LauncherIo(
        InputStream in,
        PrintWriter out,
        PrintWriter err,
        Map<String, String> env,
        Supplier<Terminal> terminal,
        String osName,
        String userHome,
        String userName) {}
