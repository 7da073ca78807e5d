package org.hygiene.lessons.present;

import org.jline.terminal.Terminal;

/** Open the hunt shell on a lesson's logs for a live demo in front of the room. */
interface DemoShell {
    /**
     * Run the shell on {@code deck}'s scenario until the presenter leaves it; returns a line to
     * show on the slide afterwards, or null.
     */
    String open(LessonDeck deck, Terminal terminal);
}
