package org.hygiene.core.serve;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.Keys;
import org.hygiene.core.slides.Deck;
import org.hygiene.core.slides.Slide;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.UnitPlayer;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;

/**
 * A lesson player for server tests: shows which unit is open, for whom, at what window size, and
 * counts the spaces pressed in it as the reading position (so resuming can be checked).
 */
final class ProbePlayer implements UnitPlayer {
    @Override
    public UnitKind kind() {
        return UnitKind.LESSON;
    }

    @Override
    public void play(Unit unit, Session session) {
        var progress = session.progressOf(unit.id());
        if (progress.state() == UnitState.NEW) {
            progress.start(java.time.Instant.now());
        }
        try (FullScreen screen = new FullScreen(session.terminal())) {
            KeyMap<Object> keys = Keys.common(session.terminal());
            keys.bind("space", " ");
            while (!session.quitRequested()) {
                screen.show(
                        List.of(
                                new AttributedString("Reading " + unit.title()),
                                new AttributedString(
                                        "Learner "
                                                + session.progress().learner()
                                                + " window "
                                                + screen.width()
                                                + "x"
                                                + screen.height()),
                                new AttributedString("Position " + progress.position())));
                Object key = screen.readKey(keys);
                if (key == FullScreen.Event.EOF || key == Keys.Common.BACK) {
                    break;
                }
                if (key == Keys.Common.QUIT_APP) {
                    session.requestQuit();
                    break;
                }
                if ("space".equals(key)) {
                    // Not saved here: saving on leaving, hanging up or server stop is under test.
                    progress.position(progress.position() + 1);
                }
            }
        }
    }

    /** Three slides, the second taller than any window, so following and scrolling show. */
    @Override
    public Optional<Deck> slides(Unit unit) {
        StringBuilder tall = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            tall.append("Tall line ").append(i).append(".\n\n");
        }
        return Optional.of(
                new Deck(
                        unit.title(),
                        List.of(
                                new Slide(
                                        "Opening of " + unit.title(),
                                        "Welcome to " + unit.title() + ".\n",
                                        List.of("a speaker note"),
                                        0,
                                        false),
                                new Slide("The tall slide", tall.toString(), List.of(), 1, false),
                                new Slide(
                                        "Closing words", "That is all.\n", List.of(), 2, false))));
    }

    @Override
    public void printPlain(Unit unit, Session session, PrintWriter out) {
        out.println(unit.title());
    }
}
