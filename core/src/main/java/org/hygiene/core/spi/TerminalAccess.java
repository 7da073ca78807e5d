package org.hygiene.core.spi;

import org.hygiene.core.markdown.Theme;
import org.jline.terminal.Terminal;

/** The launcher's terminal, opened only when a command first asks for it. */
public interface TerminalAccess {

    /** Return the terminal, opening it on first use. */
    Terminal terminal();

    /**
     * Tell whether full-screen, interactive screens can be used (a capable terminal, no --plain).
     */
    boolean interactive();

    /** Return the theme: {@code --theme}, else mono when {@code NO_COLOR} is set, else dark. */
    Theme theme();
}
