package org.hygiene.core.serve;

import java.io.PrintWriter;
import java.util.List;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.Keys;
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
        if (progress.state == UnitState.NEW) {
            progress.state = UnitState.STARTED;
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
                                new AttributedString("Position " + progress.position)));
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
                    progress.position++;
                }
            }
        }
    }

    @Override
    public void printPlain(Unit unit, Session session, PrintWriter out) {
        out.println(unit.title());
    }
}
