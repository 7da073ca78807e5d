package org.hygiene.lessons.player;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.markdown.Rendered;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.results.ItemKey;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.Pager;
import org.hygiene.core.slides.Deck;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.UnitPlayer;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.ExerciseOnward;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.LessonExercises;
import org.hygiene.lessons.exercise.launch.ExerciseContext;
import org.hygiene.lessons.exercise.launch.ExerciseLauncher;
import org.hygiene.lessons.exercise.launch.LineExerciseLauncher;
import org.hygiene.lessons.present.LessonSlides;
import org.jline.utils.AttributedString;

/**
 * Play a lesson: page through it, with its exercises shown as cards that open with Enter, x or
 * their number; reaching the end marks it done.
 */
public final class LessonPlayer implements UnitPlayer {
    /** Plain output is wrapped for an 80-column reader unless told otherwise. */
    static final int PLAIN_WIDTH = 80;

    private static final String OPEN = "open";
    private static final String OPEN_NEAREST = "open-nearest";

    private final ExerciseLauncher launcher;

    public LessonPlayer() {
        this(new LineExerciseLauncher());
    }

    /** Use {@code launcher} to open exercises (the hunt shell, or a test double). */
    public LessonPlayer(ExerciseLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public UnitKind kind() {
        return UnitKind.LESSON;
    }

    @Override
    public void play(Unit unit, Session session) {
        UnitProgress progress = session.progressOf(unit.id());
        progress.start(session.now());
        List<ExerciseBlock> blocks = LessonExercises.of(unit);
        ExerciseSession.registerAll(exercises(blocks), progress);
        session.save();
        Rendering rendering = new Rendering(unit, blocks, progress, session.theme());
        boolean reachedEnd = false;
        // A finished lesson reopens at its start, to be read again; an unfinished one resumes.
        int position = progress.state() == UnitState.DONE ? 0 : progress.position();
        FullScreen screen = new FullScreen(session.terminal());
        try {
            while (true) {
                Pager pager = pager(unit, session, rendering, blocks.size());
                Pager.Result result = pager.show(screen, position);
                int page = Math.max(1, screen.height() - 1);
                reachedEnd |= result.reachedEnd();
                position = result.position();
                progress.position(position);
                session.record(LearnerEvent.position(unit.id(), position));
                if (result.exit() != Pager.Exit.KEY) {
                    if (result.exit() == Pager.Exit.QUIT_APP) {
                        session.requestQuit();
                    }
                    if (result.exit() == Pager.Exit.NEXT) {
                        session.course().next(unit).ifPresent(next -> session.openNext(next.id()));
                    }
                    return;
                }
                Optional<Exercise> chosen =
                        chosen(pager.lastKey(), rendering, blocks, position, page);
                if (chosen.isEmpty()) {
                    if (pager.lastKey().equals(OPEN)) {
                        position++;
                    }
                    continue;
                }
                session.save();
                // The exercise runs on the normal screen, as the standalone shell does, so its
                // output stays in the scrollback and Ctrl-C cancels a query.
                screen.close();
                screen = null;
                try (FullScreen.Suspended lineMode = FullScreen.suspend(session.terminal())) {
                    Exercise last = openInTurn(unit, chosen.get(), exercises(blocks), session);
                    if (last != chosen.get()) {
                        // Back from an exercise reached with next: show that exercise's card.
                        position = cardLine(rendering, blocks, last).orElse(position);
                        progress.position(position);
                    }
                }
                if (session.quitRequested()) {
                    return;
                }
                screen = new FullScreen(session.terminal());
            }
        } finally {
            if (screen != null) {
                screen.close();
            }
            if (reachedEnd) {
                progress.markRead(session.now());
            }
            // Done means read and, in a hands-on lesson, every exercise answered or given up.
            if (progress.read() && progress.exercisesAllFinished()) {
                progress.complete(session.now());
                session.record(LearnerEvent.unitDone(unit.id()));
            }
            session.save();
        }
    }

    /**
     * Open {@code first}, then each next exercise the learner asks for with {@code next}; returns
     * the last one opened.
     */
    private Exercise openInTurn(Unit unit, Exercise first, List<Exercise> lesson, Session session) {
        Exercise current = first;
        while (true) {
            ExerciseOnward onward = ExerciseOnward.after(current, lesson);
            launcher.open(new ExerciseContext(unit, current, session, onward));
            if (!onward.requested() || session.quitRequested() || onward.next().isEmpty()) {
                return current;
            }
            current = onward.next().get();
        }
    }

    /** The first line of {@code exercise}'s card in the lesson as last rendered. */
    private static Optional<Integer> cardLine(
            Rendering rendering, List<ExerciseBlock> blocks, Exercise exercise) {
        List<ExerciseCards.Span> spans = rendering.spans();
        for (int i = 0; i < blocks.size() && i < spans.size(); i++) {
            if (spans.get(i).first() >= 0
                    && blocks.get(i).exercise().filter(e -> e == exercise).isPresent()) {
                return Optional.of(spans.get(i).first());
            }
        }
        return Optional.empty();
    }

    private static Pager pager(Unit unit, Session session, Rendering rendering, int exercises) {
        Pager pager = Pager.forDocument(session.theme(), unit.title(), rendering::render);
        session.course().next(unit).ifPresent(next -> pager.offerNext(next.title()));
        if (exercises == 0) {
            return pager;
        }
        pager.exitOn(OPEN, "Enter", "open the exercise on screen (else one line down)", "\r", "\n")
                .exitOn(OPEN_NEAREST, "x", "open the exercise on screen or the nearest one", "x");
        int max = Math.min(9, exercises);
        for (int n = 1; n <= max; n++) {
            pager.exitOn(
                    OPEN + n,
                    n == 1 ? (max == 1 ? "1" : "1-" + max) : "",
                    n == 1 ? "open exercise N" : "",
                    String.valueOf(n));
        }
        return pager;
    }

    private static Optional<Exercise> chosen(
            String key, Rendering rendering, List<ExerciseBlock> blocks, int top, int page) {
        int index;
        if (key.equals(OPEN) || key.equals(OPEN_NEAREST)) {
            index = ExerciseCards.choose(rendering.spans(), top, page, key.equals(OPEN_NEAREST));
        } else {
            index = Integer.parseInt(key.substring(OPEN.length())) - 1;
        }
        if (index < 0 || index >= blocks.size()) {
            return Optional.empty();
        }
        return blocks.get(index).exercise();
    }

    private static List<Exercise> exercises(List<ExerciseBlock> blocks) {
        return blocks.stream().flatMap(b -> b.exercise().stream()).toList();
    }

    @Override
    public void printPlain(Unit unit, Session session, PrintWriter out) {
        List<ExerciseBlock> blocks = LessonExercises.of(unit);
        UnitProgress progress = session.progress().find(unit.id()).orElseGet(UnitProgress::new);
        String body =
                LessonObjectives.insert(
                        unit,
                        ExerciseCards.inject(
                                unit.body(), blocks, progress, true, reference(unit, session)));
        for (AttributedString line : TerminalMarkdown.plain(PLAIN_WIDTH).render(body)) {
            out.println(line.toString());
        }
        out.flush();
    }

    /**
     * Line mode: print the lesson, which counts as reading it to the end, then say where its
     * exercises are answered ({@code hygiene exercise N}) and what comes next.
     */
    @Override
    public void playPlain(Unit unit, Session session, PrintWriter out) {
        List<ExerciseBlock> blocks = LessonExercises.of(unit);
        UnitProgress progress = session.progressOf(unit.id());
        progress.start(session.now());
        ExerciseSession.registerAll(exercises(blocks), progress);
        printPlain(unit, session, out);
        progress.markRead(session.now());
        PlainExercises.finishIfDone(unit, session);
        out.println();
        PlainExercises.printWrapped(out, PlainExercises.status(unit, session));
        out.flush();
    }

    /** How line mode names the lesson in commands: its number, else its id. */
    static String reference(Unit unit, Session session) {
        java.util.OptionalInt n = session.course().number(unit);
        return n.isPresent() ? String.valueOf(n.getAsInt()) : unit.id();
    }

    @Override
    public String handoutMarkdown(Unit unit) {
        return LessonHandout.markdown(unit);
    }

    /** The lesson as {@code hygiene present} shows it, for learners following the trainer. */
    @Override
    public Optional<Deck> slides(Unit unit) {
        return Optional.of(LessonSlides.of(unit));
    }

    @Override
    public String answerKeyMarkdown(Unit unit) {
        return LessonHandout.answerKey(unit);
    }

    /** Each exercise's title, for class reports. */
    @Override
    public List<ItemKey> itemKeys(Unit unit) {
        return exercises(LessonExercises.of(unit)).stream()
                .map(e -> new ItemKey(unit.id(), e.id(), e.title(), List.of()))
                .toList();
    }

    /** The lesson with its exercise cards as a learner who has not begun sees them. */
    @Override
    public String previewMarkdown(Unit unit) {
        return ExerciseCards.inject(
                unit.body(), LessonExercises.of(unit), new UnitProgress(), false, unit.id());
    }

    /** The lesson rendered with its cards for a width, remembering where the cards landed. */
    private static final class Rendering {
        private final Unit unit;
        private final List<ExerciseBlock> blocks;
        private final UnitProgress progress;
        private final Theme theme;
        private List<ExerciseCards.Span> spans = List.of();

        Rendering(Unit unit, List<ExerciseBlock> blocks, UnitProgress progress, Theme theme) {
            this.unit = unit;
            this.blocks = blocks;
            this.progress = progress;
            this.theme = theme;
        }

        Rendered render(int width) {
            String body =
                    LessonObjectives.insert(
                            unit,
                            ExerciseCards.inject(unit.body(), blocks, progress, false, unit.id()));
            Rendered rendered = new TerminalMarkdown(theme, width).renderDocument(body);
            spans = ExerciseCards.locate(rendered.lines(), blocks.size());
            return rendered;
        }

        List<ExerciseCards.Span> spans() {
            return spans;
        }
    }
}
