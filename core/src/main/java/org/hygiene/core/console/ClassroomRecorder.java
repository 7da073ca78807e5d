package org.hygiene.core.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.classroom.ClassroomSessions;
import org.hygiene.core.classroom.LiveSession;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;
import org.hygiene.core.journal.ClassJournal;
import org.hygiene.core.journal.JournalReader;
import org.hygiene.core.pacing.ClassPacing;
import org.hygiene.core.pacing.PacingFile;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.Sanitizer;

/**
 * Record a served class: every session's learner events go to the class journal (and, for a trainer
 * without a full-screen console, to a line log), stamped with the learner's name, and every session
 * follows the class's pacing. The events so far, those of earlier runs included, are also kept in
 * memory for the trainer's console, so a server restarted after a crash shows the same room.
 */
public final class ClassroomRecorder implements ClassroomSessions.Listener, AutoCloseable {
    /**
     * Events kept in memory for the console: far more than a day's class makes (30 learners, a few
     * thousand actions each); past it the oldest are dropped from memory, never from the journal.
     */
    static final int MAX_IN_MEMORY = 500_000;

    private final ClassJournal journal;
    private final ClassPacing pacing = new ClassPacing();
    private final Clock clock;
    private volatile PrintWriter lineLog;
    private final List<LearnerEvent> events = new ArrayList<>();

    private ClassroomRecorder(
            ClassJournal journal, Clock clock, PrintWriter lineLog, List<LearnerEvent> earlier) {
        this.journal = journal;
        this.clock = clock;
        this.lineLog = lineLog;
        this.events.addAll(earlier);
    }

    /**
     * Open the class's journal, reading what it holds already; {@code lineLog} may be null (no
     * log). A damaged line is skipped with a message to {@code problems}.
     */
    public static ClassroomRecorder open(
            Path classRoot, Clock clock, PrintWriter problems, PrintWriter lineLog)
            throws IOException {
        Path file = classRoot.resolve(ClassJournal.FILE_NAME);
        JournalReader.Read earlier = JournalReader.read(file);
        for (String notice : earlier.notices()) {
            problems.println("hygiene: " + Sanitizer.clean(notice));
        }
        problems.flush();
        List<LearnerEvent> kept = earlier.events();
        if (kept.size() > MAX_IN_MEMORY) {
            kept = kept.subList(kept.size() - MAX_IN_MEMORY, kept.size());
        }
        ClassroomRecorder recorder =
                new ClassroomRecorder(ClassJournal.open(file, problems), clock, lineLog, kept);
        recorder.keepPacingIn(classRoot.resolve(PacingFile.FILE_NAME), problems);
        return recorder;
    }

    /** Take up the pacing an earlier run left, and write it back on every change. */
    private void keepPacingIn(Path file, PrintWriter problems) {
        String problem = PacingFile.load(file, pacing);
        if (problem != null) {
            problems.println("hygiene: " + Sanitizer.clean(problem));
            problems.flush();
        }
        pacing.onChange(
                () -> {
                    try {
                        synchronized (pacing) {
                            PacingFile.save(file, pacing);
                        }
                    } catch (IOException | RuntimeException e) {
                        problems.println(
                                "hygiene: could not keep the pacing in "
                                        + Sanitizer.clean(file.toString())
                                        + ": "
                                        + Sanitizer.clean(String.valueOf(e.getMessage())));
                        problems.flush();
                    }
                });
    }

    public ClassPacing pacing() {
        return pacing;
    }

    /** Stop (null) or start writing the line log, e.g. while a full-screen console is shown. */
    public void lineLog(PrintWriter log) {
        this.lineLog = log;
    }

    /** Every event recorded so far, this run's and earlier runs', in order. */
    public List<LearnerEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** How many events have been recorded; grows with each one, so a view can tell it is stale. */
    public int size() {
        synchronized (events) {
            return events.size();
        }
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
        synchronized (events) {
            if (events.size() >= MAX_IN_MEMORY) {
                events.subList(0, MAX_IN_MEMORY / 10).clear();
            }
            events.add(e);
        }
        // The server's own log already shows who joins and leaves.
        boolean shown = e.kind() != LearnerEventKind.JOINED && e.kind() != LearnerEventKind.LEFT;
        PrintWriter log = lineLog;
        if (log != null && shown) {
            synchronized (log) {
                log.println(EventLine.of(e, ZoneId.systemDefault()));
                log.flush();
            }
        }
    }

    @Override
    public void close() throws IOException {
        journal.close();
    }
}
