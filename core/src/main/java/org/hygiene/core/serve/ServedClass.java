package org.hygiene.core.serve;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hygiene.core.classroom.AuthLog;
import org.hygiene.core.classroom.ClassroomSessions;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;
import org.hygiene.core.classroom.TrainerDesk;
import org.hygiene.core.course.Course;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.slides.PresenterWatch;
import org.hygiene.core.spi.Plugins;

/**
 * What every learner's connection to one served class shares, including the watch on the class
 * folder's presenter beacon ({@code hygiene present LESSON --class NAME}).
 */
record ServedClass(
        String name,
        Path rosterFile,
        AtomicReference<TrainerDesk> desk,
        Course course,
        Plugins plugins,
        ProgressStore store,
        ClassroomSessions sessions,
        AuthLog log,
        ServeSettings settings,
        Clock clock,
        PresenterWatch presenter) {

    /**
     * Whether {@code learner} is marked as a trainer in the roster (read afresh: it may change).
     */
    boolean isTrainer(String learner) {
        try {
            return Roster.load(rosterFile).find(learner).map(RosterEntry::trainer).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    Optional<TrainerDesk> trainerDesk() {
        return Optional.ofNullable(desk.get());
    }

    /** Where a learner session's own error messages go: the class log, one event per line. */
    PrintWriter errorsOf(String learner, String address) {
        return new PrintWriter(
                new Writer() {
                    private final StringBuilder line = new StringBuilder();

                    @Override
                    public void write(char[] buf, int off, int len) {
                        synchronized (line) {
                            for (int i = off; i < off + len; i++) {
                                if (buf[i] == '\n') {
                                    log.record(
                                            AuthLog.Event.SERVER,
                                            learner,
                                            address,
                                            line.toString());
                                    line.setLength(0);
                                } else if (line.length() < 1000) {
                                    line.append(buf[i]);
                                }
                            }
                        }
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                },
                true);
    }
}
