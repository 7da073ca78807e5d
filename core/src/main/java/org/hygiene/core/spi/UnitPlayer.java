package org.hygiene.core.spi;

import java.io.PrintWriter;
import org.hygiene.core.app.Session;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;

/** Play one kind of unit (a lesson, a quiz) for a learner. */
public interface UnitPlayer {

    /** The kind of unit this player plays. */
    UnitKind kind();

    /**
     * Play the unit full-screen on the session's terminal, saving progress as the learner goes.
     * Returns when the learner leaves the unit.
     */
    void play(Unit unit, Session session);

    /** Print the unit as plain, escape-free text (pipes, dumb terminals, {@code --plain}). */
    void printPlain(Unit unit, Session session, PrintWriter out);

    /**
     * The unit as Markdown for an author's preview: what a learner sees, with answers visible where
     * that helps checking (a quiz's key). It must not touch progress.
     */
    default String previewMarkdown(Unit unit) {
        return unit.body();
    }
}
