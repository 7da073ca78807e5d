package org.hygiene.core.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hygiene.core.classroom.LiveSession;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/** Ask a learner who connects a second time whether this connection should take over the first. */
final class TakeOverPrompt {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final long ANSWER_MILLIS = 60_000;

    private TakeOverPrompt() {}

    /** True when the learner answered yes; no, Ctrl-C, silence for a minute or hang-up mean no. */
    static boolean ask(Terminal terminal, LiveSession other) {
        PrintWriter out = terminal.writer();
        out.print(
                "\r\nYou are already connected as "
                        + other.learner()
                        + " (from "
                        + other.address()
                        + " since "
                        + TIME.format(other.connectedAt().atZone(ZoneId.systemDefault()))
                        + ").\r\nContinue here and close the other session? Your progress is kept."
                        + " [y/N] ");
        out.flush();
        Attributes saved = terminal.enterRawMode();
        try {
            NonBlockingReader reader = terminal.reader();
            int c = reader.read(ANSWER_MILLIS);
            boolean yes = c == 'y' || c == 'Y';
            out.print((yes ? "y" : "n") + "\r\n");
            out.flush();
            return yes;
        } catch (IOException e) {
            return false;
        } finally {
            terminal.setAttributes(saved);
        }
    }
}
