package org.hygiene.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * OSC 8 hyperlinks: whether the terminal shows them, and how to print rendered lines with them. No
 * terminal reports the feature, so support is guessed from the environment, as other tools do;
 * {@code HYGIENE_HYPERLINKS=1} or {@code 0} settles it either way.
 */
public final class Hyperlinks {
    private static final String OSC8 = "\033]8;;";
    private static final String ST = "\033\\";

    private Hyperlinks() {}

    /** Guess from the environment whether the terminal understands OSC 8 hyperlinks. */
    public static boolean supported(Map<String, String> env) {
        String forced = env.get("HYGIENE_HYPERLINKS");
        if (forced != null && !forced.isBlank()) {
            return forced.strip().equals("1") || forced.strip().equalsIgnoreCase("true");
        }
        if (env.containsKey("TMUX") || env.containsKey("STY")) {
            return false; // multiplexers drop OSC 8 unless configured to pass it
        }
        String program = env.getOrDefault("TERM_PROGRAM", "");
        String term = env.getOrDefault("TERM", "");
        if (List.of("iTerm.app", "WezTerm", "vscode", "Hyper", "ghostty", "Tabby")
                .contains(program)) {
            return true;
        }
        if (env.containsKey("WT_SESSION") || env.containsKey("KITTY_WINDOW_ID")) {
            return true;
        }
        if (term.contains("kitty") || term.startsWith("foot") || term.equals("alacritty")) {
            return true;
        }
        try {
            return Integer.parseInt(env.getOrDefault("VTE_VERSION", "0")) >= 5000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The ANSI text of rendered line {@code index}: its styles (for {@code terminal}, or plain SGR
     * when null) with its hyperlinks wrapped in OSC 8. Link URLs are only ever the document's own,
     * and are stripped of control characters before use.
     */
    public static String toAnsi(Rendered rendered, int index, Terminal terminal) {
        AttributedString line = rendered.lines().get(index);
        List<Rendered.LinkSpan> spans = new ArrayList<>();
        for (Rendered.LinkSpan l : rendered.links()) {
            if (l.line() == index) {
                spans.add(l);
            }
        }
        if (spans.isEmpty()) {
            return ansi(line, terminal);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Rendered.LinkSpan l : spans) {
            out.append(ansi(line.subSequence(at, l.start()), terminal));
            out.append(OSC8).append(safeUrl(l.url())).append(ST);
            out.append(ansi(line.subSequence(l.start(), l.end()), terminal));
            out.append(OSC8).append(ST);
            at = l.end();
        }
        out.append(ansi(line.subSequence(at, line.length()), terminal));
        return out.toString();
    }

    private static String ansi(AttributedString s, Terminal terminal) {
        return terminal == null ? s.toAnsi() : s.toAnsi(terminal);
    }

    /** A URL fit to go inside OSC 8: printable ASCII only, anything else percent-encoded. */
    static String safeUrl(String url) {
        StringBuilder b = new StringBuilder();
        for (byte x : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c > 0x20 && c < 0x7f) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
