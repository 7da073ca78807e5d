package org.hygiene.lessons.player;

import java.io.PrintWriter;
import org.hygiene.core.app.Session;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.Pager;
import org.hygiene.core.spi.UnitPlayer;
import org.jline.utils.AttributedString;

/** Play a lesson: page through it; reaching its end marks it done. */
public final class LessonPlayer implements UnitPlayer {
    /** Plain output is wrapped for an 80-column reader unless told otherwise. */
    static final int PLAIN_WIDTH = 80;

    @Override
    public UnitKind kind() {
        return UnitKind.LESSON;
    }

    @Override
    public void play(Unit unit, Session session) {
        UnitProgress progress = session.progressOf(unit.id());
        progress.start(session.now());
        session.save();
        Pager pager =
                new Pager(
                        session.theme(),
                        unit.title(),
                        width -> new TerminalMarkdown(session.theme(), width).render(unit.body()));
        Pager.Result result;
        try (FullScreen screen = new FullScreen(session.terminal())) {
            result = pager.show(screen, progress.position);
        }
        progress.position = result.position();
        if (result.reachedEnd()) {
            progress.complete(session.now());
        }
        session.save();
        if (result.exit() == Pager.Exit.QUIT_APP) {
            session.requestQuit();
        }
    }

    @Override
    public void printPlain(Unit unit, Session session, PrintWriter out) {
        for (AttributedString line :
                new TerminalMarkdown(Theme.MONO, PLAIN_WIDTH).render(unit.body())) {
            out.println(line.toString());
        }
        out.flush();
    }
}
