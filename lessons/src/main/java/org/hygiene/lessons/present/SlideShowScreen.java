package org.hygiene.lessons.present;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.KeyHelp;
import org.hygiene.core.screen.Keys;
import org.hygiene.core.slides.SlideFrame;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * Present a lesson full screen, a slide at a time. It reloads the lesson when its file changes (as
 * presenterm does), keeping the slide, and tells the beacon where it is after every move so the
 * speaker notes and following learners keep up.
 */
final class SlideShowScreen {
    /** How often the file is checked for a save, and the beacon refreshed. */
    static final long POLL_MILLIS = 500;

    private enum Action {
        NEXT,
        PREVIOUS,
        DEMO,
        RELOAD,
        DIGIT
    }

    private static final List<String[]> HELP =
            List.of(
                    new String[] {"Right, l, n, Space, PgDn", "next slide (Space scrolls first)"},
                    new String[] {"Left, h, p, b, PgUp", "previous slide"},
                    new String[] {"j/k, Down/Up", "scroll a slide that does not fit"},
                    new String[] {"g / G", "first / last slide"},
                    new String[] {"N then Enter", "go to slide N"},
                    new String[] {"e", "open the hunt shell on the lesson's logs (a live demo)"},
                    new String[] {"r", "reload the lesson now (it also reloads on save)"},
                    new String[] {"?", "these keys"},
                    new String[] {"q, Esc", "stop presenting"},
                    new String[] {"Ctrl-C", "leave Hygiene"});

    private final LessonSource source;
    private final Theme theme;
    private final Consumer<Position> onMove;

    /** Where the show is, for the beacon. */
    record Position(LessonDeck deck, int slide, Instant started) {}

    /** Why the show stopped, and on which slide. */
    enum Exit {
        BACK,
        QUIT_APP,
        DEMO
    }

    /** How the show stopped: {@code DEMO} asks the caller for the hunt shell, then to go on. */
    record Outcome(Exit exit, int slide) {}

    SlideShowScreen(LessonSource source, Theme theme, Consumer<Position> onMove) {
        this.source = source;
        this.theme = theme;
        this.onMove = onMove;
    }

    /** Show the slides from {@code start} until the presenter leaves or asks for a demo. */
    Outcome show(FullScreen screen, int start, Instant started, String message) {
        LessonDeck deck = source.current();
        int slide = Math.max(0, Math.min(start, deck.deck().size() - 1));
        int scroll = 0;
        int maxScroll = 0;
        String typed = "";
        KeyMap<Object> keys = keys(screen.terminal());
        onMove.accept(new Position(deck, slide, started));
        while (true) {
            SlideFrame.Frame frame =
                    SlideFrame.layout(
                            deck.deck().title(),
                            deck.deck().slide(slide).title(),
                            deck.markdownOf(slide),
                            slide,
                            deck.deck().size(),
                            theme,
                            false,
                            screen.width(),
                            screen.height(),
                            scroll);
            maxScroll = frame.maxScroll();
            List<org.jline.utils.AttributedString> lines = new java.util.ArrayList<>(frame.lines());
            String note =
                    message != null ? message : typed.isEmpty() ? null : "go to slide " + typed;
            if (note != null && !lines.isEmpty()) {
                lines.set(
                        lines.size() - 1,
                        new org.jline.utils.AttributedString(" " + note, theme.status()));
            }
            screen.show(lines);
            Object action = screen.readKey(keys, POLL_MILLIS);
            if (action != FullScreen.Event.TIMEOUT) {
                message = null; // a message stays until the presenter does something
            }
            if (action == FullScreen.Event.TIMEOUT) {
                if (source.changed()) {
                    int line = deck.deck().slide(slide).firstLine();
                    deck = source.current();
                    slide = deck.deck().indexOfLine(line);
                    message = "Reloaded " + deck.unit().relativePath();
                    onMove.accept(new Position(deck, slide, started));
                }
                continue;
            }
            if (action == FullScreen.Event.RESIZE) {
                continue;
            }
            if (action == FullScreen.Event.EOF || action == Keys.Common.QUIT_APP) {
                return new Outcome(Exit.QUIT_APP, slide);
            }
            if (action == Keys.Common.BACK) {
                if (!typed.isEmpty()) {
                    typed = "";
                    continue;
                }
                return new Outcome(Exit.BACK, slide);
            }
            if (action == Action.DIGIT) {
                typed = (typed + screen.lastBinding()).replaceFirst("^0+", "");
                if (typed.length() > 4) {
                    typed = typed.substring(0, 4);
                }
                continue;
            }
            int before = slide;
            if (action == Keys.Common.ENTER && !typed.isEmpty()) {
                slide = Integer.parseInt(typed) - 1;
                typed = "";
            } else if (action == Keys.Common.HELP) {
                if (KeyHelp.show(screen, theme, "slides", HELP) == Keys.Common.QUIT_APP) {
                    return new Outcome(Exit.QUIT_APP, slide);
                }
                continue;
            } else if (action == Action.RELOAD) {
                deck = source.reload();
                message = "Reloaded " + deck.unit().relativePath();
            } else if (action == Action.DEMO) {
                return new Outcome(Exit.DEMO, slide);
            } else if (action == Keys.Common.PAGE_DOWN && scroll < maxScroll) {
                scroll = Math.min(maxScroll, scroll + Math.max(1, screen.height() - 8));
                continue;
            } else if (action == Keys.Common.DOWN) {
                scroll = Math.min(maxScroll, scroll + 1);
                continue;
            } else if (action == Keys.Common.UP) {
                scroll = Math.max(0, scroll - 1);
                continue;
            } else if (action == Action.NEXT
                    || action == Keys.Common.PAGE_DOWN
                    || action == Keys.Common.ENTER) {
                slide++;
            } else if (action == Action.PREVIOUS || action == Keys.Common.PAGE_UP) {
                slide--;
            } else if (action == Keys.Common.TOP) {
                slide = 0;
            } else if (action == Keys.Common.BOTTOM) {
                slide = deck.deck().size() - 1;
            }
            typed = "";
            slide = Math.max(0, Math.min(slide, deck.deck().size() - 1));
            if (slide != before) {
                scroll = 0;
            }
            onMove.accept(new Position(deck, slide, started));
        }
    }

    private static KeyMap<Object> keys(Terminal terminal) {
        KeyMap<Object> keys = Keys.common(terminal);
        keys.bind(
                Action.NEXT,
                "l",
                "n",
                KeyMap.key(terminal, Capability.key_right),
                "\033[C",
                "\033OC");
        keys.bind(
                Action.PREVIOUS,
                "p",
                "\177",
                "\b",
                KeyMap.key(terminal, Capability.key_left),
                "\033[D",
                "\033OD");
        keys.bind(Keys.Common.HELP, "?");
        keys.bind(Action.PREVIOUS, "h");
        keys.bind(Action.DEMO, "e");
        keys.bind(Action.RELOAD, "r");
        for (char c = '0'; c <= '9'; c++) {
            keys.bind(Action.DIGIT, String.valueOf(c));
        }
        return keys;
    }
}
