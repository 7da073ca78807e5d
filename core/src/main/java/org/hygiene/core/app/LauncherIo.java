package org.hygiene.core.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;

/**
 * The outside world of one launcher run: streams, environment and a way to get the terminal. Only
 * {@code Main} builds the real one; tests build one over memory streams.
 *
 * <p>{@code mayBeTerminal} is false when standard input or output is known not to be a terminal
 * (piped or redirected): then no terminal is probed for, output is plain, and nothing is
 * interactive.
 */
public record LauncherIo(
        InputStream in,
        PrintWriter out,
        PrintWriter err,
        Map<String, String> env,
        Supplier<Terminal> terminal,
        String osName,
        String userHome,
        String userName,
        boolean mayBeTerminal) {

    /** An outside world whose terminal, if any, is whatever {@code terminal} gives. */
    public LauncherIo(
            InputStream in,
            PrintWriter out,
            PrintWriter err,
            Map<String, String> env,
            Supplier<Terminal> terminal,
            String osName,
            String userHome,
            String userName) {
        this(in, out, err, env, terminal, osName, userHome, userName, true);
    }
}
