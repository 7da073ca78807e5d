package org.hygiene.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.slides.Deck;
import org.hygiene.core.slides.PresenterBeacon;
import org.hygiene.core.slides.PresenterWatch;
import org.hygiene.core.slides.Slide;
import org.hygiene.core.slides.SlideFrame;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.Sanitizer;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;

/**
 * Follow the trainer's slides in a served class: the slide the trainer shows, laid out as the
 * trainer's screen lays it out but for this learner's window, moving when the trainer moves. It
 * shows the lesson as this course has it (found by the id in the beacon; the beacon's file path is
 * never opened), and touches nothing of the learner's own: not their place, not what they have
 * read.
 */
public final class FollowPresenterScreen {
    /** How often the beacon is looked at: a stat of one file, parsed only when it changed. */
    static final long POLL_MILLIS = 250;

    private static final List<String[]> HELP =
            List.of(
                    new String[] {"j/k, Down/Up", "scroll a slide that does not fit"},
                    new String[] {"Space, PgDn / b, PgUp", "scroll a page"},
                    new String[] {"?", "these keys"},
                    new String[] {"q, Esc", "stop following: back to your place in the course"},
                    new String[] {"Ctrl-C", "leave Hygiene (progress is always saved)"});

    private final Session session;
    private final PresenterWatch watch;
    private String deckUnit;
    private Optional<Deck> deck = Optional.empty();

    public FollowPresenterScreen(Session session, PresenterWatch watch) {
        this.session = session;
        this.watch = watch;
    }

    /**
     * What the course map says while the trainer presents a lesson of this course, e.g. "The
     * trainer is presenting 3. Hunting the SSRF, slide 4/15: press f to follow"; empty otherwise.
     */
    public static Optional<String> offer(Session session) {
        Optional<PresenterBeacon.Position> live = session.presenter().flatMap(PresenterWatch::live);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        PresenterBeacon.Position p = live.get();
        // A lesson this course does not have: nothing to follow.
        return session.course()
                .unit(p.unit())
                .map(
                        unit ->
                                "The trainer is presenting "
                                        + Sanitizer.clean(session.course().numberedTitle(unit))
                                        + ", slide "
                                        + (p.slide() + 1)
                                        + "/"
                                        + p.total()
                                        + ": press f to follow");
    }

    /** Follow until the learner goes back (false) or asks to leave Hygiene (true). */
    public boolean run(FullScreen screen) {
        KeyMap<Object> keys = Keys.common(screen.terminal());
        Optional<PresenterBeacon.Position> shown = null;
        int scroll = 0;
        int maxScroll = 0;
        boolean draw = true;
        while (!session.quitRequested()) {
            Optional<PresenterBeacon.Position> now = watch.live();
            if (!now.equals(shown)) {
                if (shown == null || !place(now).equals(place(shown))) {
                    scroll = 0; // the trainer moved: start the new slide at its top
                }
                shown = now;
                draw = true;
            }
            if (draw) {
                SlideFrame.Frame frame = frame(now, screen.width(), screen.height(), scroll);
                maxScroll = frame.maxScroll();
                scroll = Math.min(scroll, maxScroll);
                screen.show(frame.lines());
                draw = false;
            }
            Object action = screen.readKey(keys, POLL_MILLIS);
            if (action == FullScreen.Event.TIMEOUT) {
                continue;
            }
            draw = true;
            if (action == FullScreen.Event.EOF || action == Keys.Common.QUIT_APP) {
                return true;
            }
            if (action == FullScreen.Event.RESIZE) {
                continue;
            }
            if (action == Keys.Common.BACK || now.isEmpty() || slides(now.get()).isEmpty()) {
                return false; // q, or any key once there is nothing (more) to follow
            }
            int page = Math.max(1, screen.height() - 8);
            if (action == Keys.Common.HELP) {
                if (KeyHelp.show(screen, session.theme(), "following the trainer", HELP)
                        == Keys.Common.QUIT_APP) {
                    return true;
                }
            } else if (action instanceof Keys.Common c) {
                scroll =
                        switch (c) {
                            case DOWN -> scroll + 1;
                            case UP -> scroll - 1;
                            case PAGE_DOWN -> scroll + page;
                            case PAGE_UP -> scroll - page;
                            case TOP -> 0;
                            case BOTTOM -> maxScroll;
                            default -> scroll;
                        };
                scroll = Math.max(0, Math.min(scroll, maxScroll));
            }
        }
        return false;
    }

    /** The screen for the presenter's place (or for nobody presenting), scrolled by the learner. */
    SlideFrame.Frame frame(
            Optional<PresenterBeacon.Position> position, int width, int height, int scroll) {
        Theme theme = session.theme();
        if (position.isEmpty()) {
            return message(
                    "The trainer has stopped presenting.",
                    "Press any key to go back to your place in the course.",
                    width,
                    height);
        }
        PresenterBeacon.Position p = position.get();
        Optional<Deck> slides = slides(p);
        if (slides.isEmpty()) {
            return message(
                    "The trainer is presenting \""
                            + Sanitizer.clean(p.lessonTitle())
                            + "\", which is not in this course.",
                    "Press any key to go back to your place in the course.",
                    width,
                    height);
        }
        Deck d = slides.get();
        int index = Math.min(p.slide(), d.size() - 1);
        Slide slide = d.slide(index);
        SlideFrame.Frame laid =
                SlideFrame.layout(
                        d.title(),
                        slide.title(),
                        slide.markdown(),
                        index,
                        d.size(),
                        theme,
                        false,
                        width,
                        height,
                        scroll);
        List<AttributedString> lines = new ArrayList<>(laid.lines());
        if (!lines.isEmpty()) {
            // The frame's first row is a blank margin: say there what this screen is.
            lines.set(0, hint("Following the trainer   q back to your place   ? keys", width));
        }
        return new SlideFrame.Frame(lines, laid.maxScroll());
    }

    private SlideFrame.Frame message(String what, String how, int width, int height) {
        Theme theme = session.theme();
        List<AttributedString> lines = new ArrayList<>();
        lines.add(hint("Following the trainer", width));
        lines.add(AttributedString.EMPTY);
        lines.add(new AttributedString("  " + what, theme.strong()).columnSubSequence(0, width));
        lines.add(AttributedString.EMPTY);
        lines.add(new AttributedString("  " + how, theme.faint()).columnSubSequence(0, width));
        return new SlideFrame.Frame(lines.size() > height ? lines.subList(0, height) : lines, 0);
    }

    private AttributedString hint(String text, int width) {
        String padded = " " + text + " ".repeat(Math.max(0, width - text.length() - 1));
        return new AttributedString(padded, session.theme().status()).columnSubSequence(0, width);
    }

    /** The slides of the lesson presented, as this course has them; looked up once per lesson. */
    private Optional<Deck> slides(PresenterBeacon.Position p) {
        if (!p.unit().equals(deckUnit)) {
            deckUnit = p.unit();
            try {
                deck =
                        session.course()
                                .unit(p.unit())
                                .flatMap(
                                        u ->
                                                session.plugins()
                                                        .playerFor(u.kind())
                                                        .flatMap(player -> player.slides(u)));
            } catch (RuntimeException e) {
                deck = Optional.empty(); // a lesson that does not load cannot be followed
            }
        }
        return deck;
    }

    /** Which lesson and slide: what decides whether the learner's scroll starts again. */
    private static List<Object> place(Optional<PresenterBeacon.Position> p) {
        return p.<List<Object>>map(x -> List.of(x.unit(), x.slide())).orElse(List.of());
    }
}
