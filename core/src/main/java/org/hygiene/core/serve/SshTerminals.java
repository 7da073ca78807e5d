package org.hygiene.core.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.sshd.common.channel.PtyMode;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.InfoCmp;

/**
 * Build the JLine terminal a learner's course runs on from what their SSH client asked for: the
 * terminal type and window size of its pty request and its terminal modes (erase character,
 * signals, newline handling). Nothing here touches the server's own terminal.
 */
final class SshTerminals {
    static final String FALLBACK_TYPE = "xterm-256color";
    static final int MIN_SIZE = 10;
    static final int MAX_COLUMNS = 1000;
    static final int MAX_ROWS = 500;

    private SshTerminals() {}

    static Terminal open(
            Map<String, String> env, Map<PtyMode, Integer> modes, InputStream in, OutputStream out)
            throws IOException {
        // Built directly, not with TerminalBuilder: that would open an operating-system pty per
        // learner and copy output on a pump thread, losing the last words when a session ends.
        return new ExternalTerminal(
                null,
                "hygiene-ssh",
                type(env.get("TERM")),
                in,
                out,
                StandardCharsets.UTF_8,
                Terminal.SignalHandler.SIG_DFL,
                false,
                attributes(modes),
                size(env));
    }

    /**
     * The client's terminal type when JLine has its capabilities built in, else a common one;
     * {@code dumb} stays dumb (the course then explains that it needs a terminal).
     */
    static String type(String requested) {
        if (requested == null || requested.isBlank()) {
            return "dumb";
        }
        String t = requested.strip();
        if (t.equals("dumb") || t.length() > 64) {
            return t.equals("dumb") ? t : FALLBACK_TYPE;
        }
        try {
            String caps = InfoCmp.getLoadedInfoCmp(t);
            if (caps != null) {
                return t;
            }
        } catch (RuntimeException e) {
            // Fall through to the fallback.
        }
        // Never an unknown name: JLine would run the infocmp program with it.
        return FALLBACK_TYPE;
    }

    /** The window size from the pty request, bounded; 80x24 when the client sent none. */
    static Size size(Map<String, String> env) {
        return new Size(
                bounded(env.get("COLUMNS"), 80, MAX_COLUMNS),
                bounded(env.get("LINES"), 24, MAX_ROWS));
    }

    private static int bounded(String value, int fallback, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            return n < MIN_SIZE ? (n <= 0 ? fallback : MIN_SIZE) : Math.min(n, max);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A cooked terminal as a local pty would start, adjusted by the modes the client sent. */
    static Attributes attributes(Map<PtyMode, Integer> modes) {
        Attributes a = new Attributes();
        a.setInputFlags(java.util.EnumSet.of(InputFlag.ICRNL, InputFlag.IXON));
        a.setOutputFlags(java.util.EnumSet.of(OutputFlag.OPOST, OutputFlag.ONLCR));
        a.setLocalFlags(
                java.util.EnumSet.of(
                        LocalFlag.ISIG,
                        LocalFlag.ICANON,
                        LocalFlag.ECHO,
                        LocalFlag.ECHOE,
                        LocalFlag.ECHOK,
                        LocalFlag.IEXTEN));
        a.setControlChar(ControlChar.VINTR, 3);
        a.setControlChar(ControlChar.VQUIT, 28);
        a.setControlChar(ControlChar.VERASE, 127);
        a.setControlChar(ControlChar.VKILL, 21);
        a.setControlChar(ControlChar.VEOF, 4);
        a.setControlChar(ControlChar.VSUSP, 26);
        a.setControlChar(ControlChar.VWERASE, 23);
        a.setControlChar(ControlChar.VLNEXT, 22);
        a.setControlChar(ControlChar.VMIN, 1);
        a.setControlChar(ControlChar.VTIME, 0);
        if (modes == null) {
            return a;
        }
        modes.forEach((mode, value) -> apply(a, mode, value == null ? 0 : value));
        return a;
    }

    private static void apply(Attributes a, PtyMode mode, int v) {
        switch (mode) {
            case VINTR -> a.setControlChar(ControlChar.VINTR, v);
            case VQUIT -> a.setControlChar(ControlChar.VQUIT, v);
            case VERASE -> a.setControlChar(ControlChar.VERASE, v);
            case VKILL -> a.setControlChar(ControlChar.VKILL, v);
            case VEOF -> a.setControlChar(ControlChar.VEOF, v);
            case VSUSP -> a.setControlChar(ControlChar.VSUSP, v);
            case VWERASE -> a.setControlChar(ControlChar.VWERASE, v);
            case VLNEXT -> a.setControlChar(ControlChar.VLNEXT, v);
            case ICRNL -> a.setInputFlag(InputFlag.ICRNL, v != 0);
            case INLCR -> a.setInputFlag(InputFlag.INLCR, v != 0);
            case IGNCR -> a.setInputFlag(InputFlag.IGNCR, v != 0);
            case IXON -> a.setInputFlag(InputFlag.IXON, v != 0);
            case ISIG -> a.setLocalFlag(LocalFlag.ISIG, v != 0);
            case ICANON -> a.setLocalFlag(LocalFlag.ICANON, v != 0);
            case ECHO -> a.setLocalFlag(LocalFlag.ECHO, v != 0);
            case ECHOE -> a.setLocalFlag(LocalFlag.ECHOE, v != 0);
            case ECHOK -> a.setLocalFlag(LocalFlag.ECHOK, v != 0);
            case IEXTEN -> a.setLocalFlag(LocalFlag.IEXTEN, v != 0);
            case OPOST -> a.setOutputFlag(OutputFlag.OPOST, v != 0);
            case ONLCR -> a.setOutputFlag(OutputFlag.ONLCR, v != 0);
            case OCRNL -> a.setOutputFlag(OutputFlag.OCRNL, v != 0);
            default -> {
                // Other modes (parity, baud rates, ...) mean nothing for a virtual terminal.
            }
        }
    }
}
