package org.hygiene.lessons.present;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.hygiene.core.app.UserException;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.FrontMatterParser;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.slides.PresenterBeacon;
import org.hygiene.core.slides.PresenterWatch;
import org.hygiene.core.slides.Slide;
import org.hygiene.core.spi.CommandPorts;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Suggest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hygiene present LESSON [--notes]}: a lesson as slides for the projector. */
@Command(
        name = "present",
        mixinStandardHelpOptions = true,
        description = {
            "Show a lesson as slides, full screen, for a projector: one slide per ## section, or"
                    + " at the author's <!-- end_slide --> comments.",
            "",
            "Run it again with --notes in a second terminal: that one shows the current slide's"
                    + " speaker notes, the next slide's title and a clock, and follows the first."
                    + " The two meet through the file presenting.json in the data folder (in the"
                    + " class folder with --class, where learners of a served class follow too).",
        },
        usageHelpAutoWidth = true)
public final class PresentCommand implements Callable<Integer> {
    private final CommandPorts ports;
    private final DemoShell demo;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "LESSON",
            description =
                    "The lesson's id or number (as 'hygiene lessons' and the course map list"
                            + " it), or its .md file.")
    String lesson;

    @Option(
            names = "--notes",
            description = "Show the speaker notes of whatever is being presented, following it.")
    boolean notes;

    @Option(names = "--slide", paramLabel = "N", description = "Start on slide N (default: 1).")
    int slide = 1;

    @Option(
            names = "--class",
            paramLabel = "NAME",
            description =
                    "Present to a class being served (hygiene serve --class NAME): its learners"
                            + " can follow your slides (f on their course map). With --notes:"
                            + " follow that class's presentation.")
    String className;

    public PresentCommand(CommandPorts ports) {
        this(ports, new HuntDemoShell());
    }

    PresentCommand(CommandPorts ports, DemoShell demo) {
        this.ports = ports;
        this.demo = demo;
    }

    @Override
    public Integer call() {
        PresenterWatch watch = new PresenterWatch(beaconFolder(), ports.clock());
        if (notes) {
            return followNotes(watch);
        }
        if (lesson == null) {
            throw new UserException("name the lesson to present: hygiene present LESSON");
        }
        LessonSource source = new LessonSource(this::loadLesson);
        if (!ports.terminal().interactive()) {
            printPlain(source.current(), ports.console().out());
            return 0;
        }
        if (watch.presentedByAnother()) {
            throw new UserException(
                    "someone is already presenting "
                            + (className == null
                                    ? "here"
                                    : "to class '" + Sanitizer.clean(className) + "'")
                            + " ("
                            + Sanitizer.clean(watch.live().map(p -> p.lessonTitle()).orElse(""))
                            + "); stop that presentation first (q in its terminal)");
        }
        return present(source, watch.beacon());
    }

    /**
     * Where the beacon lives: the data folder, or the folder of the class named by {@code --class},
     * where the class server looks for it.
     */
    private PresenterBeacon beaconFolder() {
        if (className == null) {
            return new PresenterBeacon(ports.learner().dataDir());
        }
        return new PresenterBeacon(
                ClassFolder.existing(ports.learner().dataDir(), className).root());
    }

    private int present(LessonSource source, PresenterBeacon beacon) {
        Instant started = ports.clock().instant();
        SlideShowScreen show =
                new SlideShowScreen(
                        source, ports.terminal().theme(), p -> publish(beacon, p, started));
        int at = slide - 1;
        String message = null;
        ScheduledExecutorService heartbeat = heartbeat(beacon);
        try {
            while (true) {
                SlideShowScreen.Outcome outcome;
                try (FullScreen screen = new FullScreen(ports.terminal().terminal())) {
                    outcome = show.show(screen, at, started, message);
                }
                at = outcome.slide();
                if (outcome.exit() != SlideShowScreen.Exit.DEMO) {
                    return 0;
                }
                message = demo.open(source.current(), ports.terminal().terminal());
            }
        } finally {
            heartbeat.shutdownNow();
            beacon.clear();
        }
    }

    /**
     * Keep the beacon fresh while presenting, also during a live demo in the hunt shell, so that
     * followers can tell this presenter from one that was killed (see {@link PresenterWatch}).
     */
    private ScheduledExecutorService heartbeat(PresenterBeacon beacon) {
        ScheduledExecutorService beat =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "hygiene-presenter-heartbeat");
                            t.setDaemon(true);
                            return t;
                        });
        long every = PresenterWatch.HEARTBEAT.toMillis();
        beat.scheduleAtFixedRate(
                () -> beacon.touch(ports.clock().instant()), every, every, TimeUnit.MILLISECONDS);
        return beat;
    }

    private void publish(PresenterBeacon beacon, SlideShowScreen.Position p, Instant started) {
        Unit unit = p.deck().unit();
        try {
            beacon.publish(
                    new PresenterBeacon.Position(
                            unit.id(),
                            unit.title(),
                            p.slide(),
                            p.deck().deck().size(),
                            started,
                            unit.path().toUri().toString()));
        } catch (IOException e) {
            // The show goes on without followers; the notes screen says it is waiting.
        }
    }

    private int followNotes(PresenterWatch watch) {
        if (!ports.terminal().interactive()) {
            throw new UserException("--notes follows the presenter live and needs a terminal");
        }
        String command =
                "hygiene present LESSON" + (className == null ? "" : " --class " + className);
        SpeakerNotesScreen screen =
                new SpeakerNotesScreen(
                        watch, this::deckOf, ports.terminal().theme(), ports.clock(), command);
        try (FullScreen full = new FullScreen(ports.terminal().terminal())) {
            screen.show(full);
        }
        return 0;
    }

    /** The deck a presenter shows: the same file when it is here, else the unit of our course. */
    private Optional<LessonDeck> deckOf(PresenterBeacon.Position p) {
        try {
            Path file = Path.of(java.net.URI.create(p.source()));
            if (Files.isRegularFile(file)) {
                return Optional.of(new LessonDeck(unitFromFile(file)));
            }
        } catch (RuntimeException e) {
            // A source in a jar or on another system: look the unit up in our course instead.
        }
        try {
            return ports.learner().course().unit(p.unit()).map(LessonDeck::new);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Unit loadLesson() {
        Path asFile = Path.of(lesson);
        if (lesson.endsWith(".md") || Files.isRegularFile(asFile)) {
            return unitFromFile(asFile);
        }
        List<Unit> units = ports.learner().course().units();
        if (!lesson.isEmpty()
                && lesson.length() <= 4
                && lesson.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return byNumber(ports.learner().course(), Integer.parseInt(lesson));
        }
        List<Unit> lessons = units.stream().filter(u -> u.kind() == UnitKind.LESSON).toList();
        Optional<Unit> exact = lessons.stream().filter(u -> u.id().equals(lesson)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<Unit> prefixed = lessons.stream().filter(u -> u.id().startsWith(lesson)).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        List<String> ids = lessons.stream().map(Unit::id).toList();
        String hint =
                Suggest.nearest(lesson, ids).map(s -> "; did you mean '" + s + "'?").orElse("");
        throw new UserException(
                "no lesson '"
                        + Sanitizer.clean(lesson)
                        + "'"
                        + hint
                        + ". Lessons: "
                        + ids.stream().collect(Collectors.joining(", ")));
    }

    /** Lesson {@code n} as the course map and {@code hygiene lessons} number it. */
    private static Unit byNumber(Course course, int n) {
        long lessons = course.units().stream().filter(u -> u.kind() == UnitKind.LESSON).count();
        return course.find(String.valueOf(n), UnitKind.LESSON)
                .orElseThrow(
                        () ->
                                new UserException(
                                        "there is no lesson "
                                                + n
                                                + ": the course has lessons 1 to "
                                                + lessons));
    }

    private static Unit unitFromFile(Path file) {
        String text;
        try {
            text = CourseLoader.read(file);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + Sanitizer.clean(file.toString()));
        } catch (IOException e) {
            throw new UserException(
                    "cannot read " + Sanitizer.clean(file.toString()) + ": " + e.getMessage(), e);
        }
        FrontMatterParser.Result parsed = FrontMatterParser.parse(file.toString(), text);
        String name = String.valueOf(file.getFileName()).replaceFirst("\\.md$", "");
        return new Unit(
                parsed.frontMatter().get("id").orElse(name),
                UnitKind.LESSON,
                parsed.frontMatter().get("title").orElse(name),
                0,
                parsed.frontMatter(),
                file.toAbsolutePath().normalize(),
                file.toString(),
                parsed.body(),
                parsed.bodyLine());
    }

    /** Slides as text, for a pipe, a dumb terminal or a screen reader. */
    private void printPlain(LessonDeck deck, PrintWriter out) {
        int total = deck.deck().size();
        for (int i = 0; i < total; i++) {
            Slide s = deck.deck().slide(i);
            if (i > 0) {
                out.println();
            }
            out.println(
                    "--- Slide "
                            + (i + 1)
                            + " of "
                            + total
                            + ": "
                            + Sanitizer.clean(s.title())
                            + " ---");
            out.println();
            for (var line : TerminalMarkdown.plain(80).render(deck.markdownOf(i))) {
                out.println(line.toString());
            }
        }
        out.flush();
    }
}
