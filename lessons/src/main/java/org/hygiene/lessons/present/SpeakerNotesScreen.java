package org.hygiene.lessons.present;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.KeyHelp;
import org.hygiene.core.screen.Keys;
import org.hygiene.core.slides.PresenterBeacon;
import org.hygiene.core.slides.PresenterWatch;
import org.hygiene.core.slides.Slide;
import org.hygiene.core.text.Sanitizer;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The presenter's second screen: the current slide's speaker notes, the next slide's title and a
 * clock, following {@code hygiene present} through its beacon file (a stale one, left by a
 * presenter that was killed, counts as nobody presenting).
 */
final class SpeakerNotesScreen {
    /** How often the beacon is read: fast enough to feel instant, cheap enough to ignore. */
    static final long POLL_MILLIS = 250;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PresenterWatch beacon;
    private final Function<PresenterBeacon.Position, Optional<LessonDeck>> decks;
    private final Theme theme;
    private final Clock clock;
    private final String presentCommand;

    /** Follow {@code beacon}; {@code presentCommand} is what starts the presenter it waits for. */
    SpeakerNotesScreen(
            PresenterWatch beacon,
            Function<PresenterBeacon.Position, Optional<LessonDeck>> decks,
            Theme theme,
            Clock clock,
            String presentCommand) {
        this.presentCommand = presentCommand;
        this.beacon = beacon;
        this.decks = decks;
        this.theme = theme;
        this.clock = clock;
    }

    /** Follow the presenter until q; returns true when the presenter asked to quit Hygiene. */
    boolean show(FullScreen screen) {
        var keys = Keys.common(screen.terminal());
        while (true) {
            screen.show(frame(beacon.live(), screen.width(), screen.height()));
            Object action = screen.readKey(keys, POLL_MILLIS);
            if (action == FullScreen.Event.EOF || action == Keys.Common.QUIT_APP) {
                return true;
            }
            if (action == Keys.Common.BACK) {
                return false;
            }
            if (action == Keys.Common.HELP) {
                List<String[]> help =
                        List.of(
                                new String[] {"q, Esc", "stop following"},
                                new String[] {"Ctrl-C", "leave Hygiene"});
                if (KeyHelp.show(screen, theme, "speaker notes", help) == Keys.Common.QUIT_APP) {
                    return true;
                }
            }
        }
    }

    List<AttributedString> frame(
            Optional<PresenterBeacon.Position> position, int width, int height) {
        List<AttributedString> out = new ArrayList<>();
        String now = LocalTime.now(clock.withZone(ZoneId.systemDefault())).format(CLOCK);
        if (position.isEmpty()) {
            out.add(header("Speaker notes", now, width));
            out.add(AttributedString.EMPTY);
            out.addAll(
                    body(
                            "Waiting for the presenter. In another terminal run `"
                                    + presentCommand
                                    + "` with the same data folder; this screen follows it.",
                            width));
            return fit(out, height);
        }
        PresenterBeacon.Position p = position.get();
        Duration elapsed = Duration.between(p.started(), clock.instant());
        String timer =
                now
                        + "  "
                        + String.format(
                                "%d:%02d",
                                Math.max(0, elapsed.toMinutes()),
                                Math.max(0, elapsed.toSecondsPart()));
        out.add(header("Notes: " + p.lessonTitle(), timer, width));
        Optional<LessonDeck> deck = decks.apply(p);
        if (deck.isEmpty()) {
            out.add(AttributedString.EMPTY);
            out.addAll(body("Cannot open the lesson being presented (" + p.unit() + ").", width));
            return fit(out, height);
        }
        var slides = deck.get().deck();
        Slide slide = slides.slide(p.slide());
        out.add(
                new AttributedString(
                        Sanitizer.clean(
                                "Slide "
                                        + (p.slide() + 1)
                                        + " / "
                                        + p.total()
                                        + ": "
                                        + slide.title()),
                        theme.heading()));
        out.add(AttributedString.EMPTY);
        if (slide.notes().isEmpty()) {
            out.add(new AttributedString("(no speaker notes for this slide)", theme.faint()));
        } else {
            for (String note : slide.notes()) {
                out.addAll(body(note, width));
            }
        }
        out.add(AttributedString.EMPTY);
        String next =
                p.slide() + 1 < slides.size()
                        ? "Next: " + (p.slide() + 2) + ". " + slides.slide(p.slide() + 1).title()
                        : "Next: (this is the last slide)";
        List<AttributedString> tail =
                List.of(new AttributedString(Sanitizer.clean(next), theme.subheading()));
        List<AttributedString> fitted = fit(out, Math.max(1, height - tail.size()));
        fitted.addAll(tail);
        return fitted;
    }

    private AttributedString header(String left, String right, int width) {
        String l = Sanitizer.clean(left);
        int room = Math.max(0, width - right.length() - 1);
        AttributedString shown = new AttributedString(l).columnSubSequence(0, room);
        int gap = Math.max(1, width - shown.columnLength() - right.length());
        return new AttributedStringBuilder()
                .append(shown.toString() + " ".repeat(gap) + right, theme.status())
                .toAttributedString()
                .columnSubSequence(0, width);
    }

    private List<AttributedString> body(String markdown, int width) {
        List<AttributedString> lines =
                new ArrayList<>(new TerminalMarkdown(theme, Math.max(20, width)).render(markdown));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).length() == 0) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<AttributedString> fit(List<AttributedString> lines, int height) {
        return new ArrayList<>(lines.size() > height ? lines.subList(0, height) : lines);
    }
}
