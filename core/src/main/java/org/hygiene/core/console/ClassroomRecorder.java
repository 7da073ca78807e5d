package org.hygiene.core.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.hygiene.core.classroom.ClassroomSessions;
import org.hygiene.core.classroom.LiveSession;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;
import org.hygiene.core.journal.ClassJournal;
import org.hygiene.core.pacing.ClassPacing;
import org.hygiene.core.spi.Session;

/**
 * Record a served class: every session's learner events go to the class journal (and, for a trainer
 * without a full-screen console, to a line log), stamped with the learner's name, and every session
 * follows the class's pacing.
 */
public final class ClassroomRecorder implements ClassroomSessions.Listener, AutoCloseable {
    private final ClassJournal journal;
    private final ClassPacing pacing = new ClassPacing();
    private final Clock clock;
    private final PrintWriter lineLog;

    private ClassroomRecorder(ClassJournal journal, Clock clock, PrintWriter lineLog) {
        this.journal = journal;
        this.clock = clock;
        this.lineLog = lineLog;
    }

    /** Open the class's journal; {@code lineLog} may be null (no log). */
    public static ClassroomRecorder open(
            Path classRoot, Clock clock, PrintWriter problems, PrintWriter lineLog)
            throws IOException {
        return new ClassroomRecorder(
                ClassJournal.open(classRoot.resolve(ClassJournal.FILE_NAME), problems),
                clock,
                lineLog);
    }

    public ClassPacing pacing() {
        return pacing;
    }

    /** A learner's course session is ready: record it, and everything they do from now on. */
    @Override
    public void joined(LiveSession s) {
        String learner = s.learner();
        record(LearnerEvent.joined().at(clock.instant()).by(learner));
        Session session = s.session();
        session.followPacing(pacing);
        session.sendEventsTo(e -> record(e.by(learner)));
    }

    @Override
    public void left(LiveSession s, String why) {
        record(LearnerEvent.left().at(clock.instant()).by(s.learner()));
    }

    private void record(LearnerEvent e) {
        journal.record(e);
        // The server's own log already shows who joins and leaves.
        boolean shown = e.kind() != LearnerEventKind.JOINED && e.kind() != LearnerEventKind.LEFT;
        if (lineLog != null && shown) {
            synchronized (lineLog) {
                lineLog.println(EventLine.of(e, ZoneId.systemDefault()));
                lineLog.flush();
            }
        }
    }

    @Override
    public void close() throws IOException {
        journal.close();
    }
}
