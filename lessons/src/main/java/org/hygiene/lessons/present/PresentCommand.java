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
import java.util.stream.Collectors;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.FrontMatterParser;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.slides.PresenterBeacon;
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
                    + " The two meet through the file presenting.json in the data folder.",
        },
        usageHelpAutoWidth = true)
public final class PresentCommand implements Callable<Integer> {
    private final CommandPorts ports;
    private final DemoShell demo;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "LESSON",
            description = "The lesson's id (as 'hygiene lessons' lists it) or its .md file.")
    String lesson;

    @Option(
            names = "--notes",
            description = "Show the speaker notes of whatever is being presented, following it.")
    boolean notes;

    @Option(names = "--slide", paramLabel = "N", description = "Start on slide N (default: 1).")
    int slide = 1;

    public PresentCommand(CommandPorts ports) {
        this(ports, new HuntDemoShell());
    }

    PresentCommand(CommandPorts ports, DemoShell demo) {
        this.ports = ports;
        this.demo = demo;
    }

    @Override
    public Integer call() {
        PresenterBeacon beacon = new PresenterBeacon(ports.learner().dataDir());
        if (notes) {
            return followNotes(beacon);
        }
        if (lesson == null) {
            throw new UserException("name the lesson to present: hygiene present LESSON");
        }
        LessonSource source = new LessonSource(this::loadLesson);
        if (!ports.terminal().interactive()) {
            printPlain(source.current(), ports.console().out());
            return 0;
        }
        return present(source, beacon);
    }

    private int present(LessonSource source, PresenterBeacon beacon) {
        Instant started = ports.clock().instant();
        SlideShowScreen show =
                new SlideShowScreen(
                        source, ports.terminal().theme(), p -> publish(beacon, p, started));
        int at = slide - 1;
        String message = null;
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
            beacon.clear();
        }
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

    private int followNotes(PresenterBeacon beacon) {
        if (!ports.terminal().interactive()) {
            throw new UserException("--notes follows the presenter live and needs a terminal");
        }
        SpeakerNotesScreen screen =
                new SpeakerNotesScreen(
                        beacon, this::deckOf, ports.terminal().theme(), ports.clock());
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
        List<Unit> lessons =
                ports.learner().course().units().stream()
                        .filter(u -> u.kind() == UnitKind.LESSON)
                        .toList();
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
