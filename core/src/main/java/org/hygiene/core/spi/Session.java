package org.hygiene.core.spi;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import org.hygiene.core.course.Course;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventSink;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.pacing.ClassPacing;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitProgress;
import org.jline.terminal.Terminal;

/**
 * One learner playing the course on one terminal. Everything a screen or player needs is here;
 * nothing is global, so several sessions can run in one process (classroom serving).
 */
public final class Session {
    private final Course course;
    private final Progress progress;
    private final ProgressStore store;
    private final Terminal terminal;
    private final Theme theme;
    private final Plugins plugins;
    private final Clock clock;
    private final PrintWriter err;
    private volatile boolean quitRequested;
    private String unitToOpen;
    private volatile LearnerEventSink events = LearnerEventSink.NONE;
    private volatile ClassPacing pacing = new ClassPacing();

    public Session(
            Course course,
            Progress progress,
            ProgressStore store,
            Terminal terminal,
            Theme theme,
            Plugins plugins,
            Clock clock,
            PrintWriter err) {
        this.course = course;
        this.progress = progress;
        this.store = store;
        this.terminal = terminal;
        this.theme = theme;
        this.plugins = plugins;
        this.clock = clock;
        this.err = err;
    }

    public Course course() {
        return course;
    }

    public Progress progress() {
        return progress;
    }

    public UnitProgress progressOf(String unitId) {
        return progress.unit(unitId);
    }

    /** The learner's hunt shell history file (see {@link ProgressStore#huntHistoryOf}). */
    public java.nio.file.Path huntHistory() {
        return store.huntHistoryOf(progress.learner());
    }

    public Terminal terminal() {
        return terminal;
    }

    public Theme theme() {
        return theme;
    }

    public Plugins plugins() {
        return plugins;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Send this session's learner events to {@code sink} (the classroom server does, for the class
     * journal and the trainer's console); by default they go nowhere.
     */
    public void sendEventsTo(LearnerEventSink sink) {
        events = sink == null ? LearnerEventSink.NONE : sink;
    }

    /** Follow the trainer's pacing of a served class (locked units, the room's quiz). */
    public void followPacing(ClassPacing classPacing) {
        pacing = classPacing;
    }

    /** The pacing this session follows; alone, nothing is locked and there is no room quiz. */
    public ClassPacing pacing() {
        return pacing;
    }

    /**
     * Record what the learner just did, stamped with the session's clock. Players call this after
     * each action; it never fails into the learner's screen.
     */
    public void record(LearnerEvent event) {
        LearnerEventSink sink = events;
        if (sink == LearnerEventSink.NONE) {
            return;
        }
        try {
            sink.record(event.at(now()));
        } catch (RuntimeException e) {
            err.println("hygiene: could not record a learner event: " + e.getMessage());
            err.flush();
        }
    }

    /** Ask every screen to close: the learner pressed Ctrl-C or the connection is going away. */
    public void requestQuit() {
        quitRequested = true;
    }

    public boolean quitRequested() {
        return quitRequested;
    }

    /** Ask the course map to open this unit next (the learner chose to go on). */
    public void openNext(String unitId) {
        unitToOpen = unitId;
    }

    /** The unit the learner asked to go on to, once; empty if none. */
    public java.util.Optional<String> takeUnitToOpen() {
        java.util.Optional<String> next = java.util.Optional.ofNullable(unitToOpen);
        unitToOpen = null;
        return next;
    }

    /** Save progress now. A failed save is reported but never ends the session. */
    public boolean save() {
        try {
            store.save(progress);
            return true;
        } catch (IOException e) {
            err.println("hygiene: could not save progress: " + e.getMessage());
            err.flush();
            return false;
        }
    }
}
