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
import org.hygiene.core.progress.ProgressProblems;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.slides.PresenterWatch;
import org.jline.terminal.Terminal;

/**
 * One learner playing the course on one terminal. Everything a screen or player needs is here;
 * nothing is global, so several sessions can run in one process (classroom serving).
 */
public final class Session {
    private final Course course;
    private final Progress progress;
    private final ProgressStore store;
    private final java.util.function.Supplier<Terminal> terminal;
    private final Theme theme;
    private final Plugins plugins;
    private final Clock clock;
    private final PrintWriter err;
    private volatile boolean quitRequested;
    private String unitToOpen;
    private volatile String saveProblem;
    private volatile LearnerEventSink events = LearnerEventSink.NONE;
    private volatile ClassPacing pacing = new ClassPacing();
    private volatile PresenterWatch presenter;

    public Session(
            Course course,
            Progress progress,
            ProgressStore store,
            Terminal terminal,
            Theme theme,
            Plugins plugins,
            Clock clock,
            PrintWriter err) {
        this(course, progress, store, () -> terminal, theme, plugins, clock, err);
    }

    /**
     * A session whose terminal is opened only if a screen asks for it: printing the course map to a
     * pipe never probes for one.
     */
    public static Session openingTerminalOnDemand(
            Course course,
            Progress progress,
            ProgressStore store,
            java.util.function.Supplier<Terminal> terminal,
            Theme theme,
            Plugins plugins,
            Clock clock,
            PrintWriter err) {
        return new Session(course, progress, store, terminal, theme, plugins, clock, err);
    }

    private Session(
            Course course,
            Progress progress,
            ProgressStore store,
            java.util.function.Supplier<Terminal> terminal,
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
        return terminal.get();
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
     * Let the learner follow the trainer's slides: a served class watches its class folder's
     * beacon. Alone, there is nobody to follow and nothing is offered.
     */
    public void followPresenter(PresenterWatch watch) {
        presenter = watch;
    }

    /** The presenter this session may follow; empty when playing alone. */
    public java.util.Optional<PresenterWatch> presenter() {
        return java.util.Optional.ofNullable(presenter);
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

    /**
     * Save progress now (merging what other copies saved). A failed save never ends the session.
     */
    public boolean save() {
        return update(() -> {});
    }

    /**
     * Re-read what other copies saved, apply {@code change}, and save, as one step under the
     * store's lock: for decisions that depend on recorded state (starting a graded attempt). If
     * saving fails the change is still made here, and the problem is reported.
     */
    public boolean update(Runnable change) {
        boolean[] applied = {false};
        Runnable once =
                () -> {
                    if (!applied[0]) {
                        applied[0] = true;
                        change.run();
                    }
                };
        try {
            boolean kept = store.update(progress, once);
            saveProblem = null;
            if (!kept) {
                notice(
                        "your progress was reset or replaced by another Hygiene command; this"
                                + " session continues from it");
            }
            return true;
        } catch (IOException e) {
            once.run();
            String problem = ProgressProblems.describe(e);
            if (!problem.equals(saveProblem)) {
                notice("could not save progress: " + problem);
            }
            saveProblem = problem;
            return false;
        }
    }

    /** Check at once that progress can be saved here, so a problem shows before any work. */
    public boolean checkSaving() {
        try {
            store.checkWritable(progress.learner());
            saveProblem = null;
            return true;
        } catch (IOException e) {
            saveProblem = ProgressProblems.describe(e);
            notice("progress will not be saved: " + saveProblem);
            return false;
        }
    }

    /**
     * Why progress is not being saved, if the last save failed: for screens to show at once, not
     * only after the learner leaves.
     */
    public java.util.Optional<String> saveProblem() {
        return java.util.Optional.ofNullable(saveProblem);
    }

    private void notice(String text) {
        err.println("hygiene: " + org.hygiene.core.text.Sanitizer.clean(text));
        err.flush();
    }
}
