package org.hygiene.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.hygiene.core.markdown.Rendered;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Page through a rendered lesson like {@code less}: paging and scrolling keys, {@code /} and {@code
 * ?} search with highlighted matches, {@code n}/{@code N}, {@code t} for the table of contents,
 * {@code h} for the keys. Content is rendered for the current width by the given function, so a
 * resize re-wraps it and keeps the reader on the same text.
 */
public final class Pager {
    /** How the pager was left. */
    public enum Exit {
        BACK,
        QUIT_APP,
        /** A key added with {@link #exitOn} was pressed; {@link #lastKey()} says which. */
        KEY,
        /**
         * The reader asked for the next unit ({@code n} with no search), see {@link #offerNext}.
         */
        NEXT
    }

    /** A key the caller handles itself: the pager returns when it is pressed. */
    private record ExitKey(String name, String keys, String help, List<String> sequences) {}

    /** Where the reader stopped, and whether they ever saw the last line. */
    public record Result(int position, boolean reachedEnd, Exit exit) {}

    private enum Action {
        SEARCH_FORWARD,
        SEARCH_BACKWARD,
        NEXT_MATCH,
        PREVIOUS_MATCH,
        CLEAR_SEARCH,
        TOC,
        HALF_DOWN,
        HALF_UP
    }

    static final List<String[]> HELP =
            List.of(
                    new String[] {"Space f PgDn", "next page"},
                    new String[] {"b PgUp", "previous page"},
                    new String[] {"d / u", "half a page down / up"},
                    new String[] {"j k Down Up Enter", "one line"},
                    new String[] {"g Home / G End", "top / end"},
                    new String[] {"/text", "search forward"},
                    new String[] {"?text", "search backward"},
                    new String[] {"n / N", "next / previous match"},
                    new String[] {"c  Esc u", "clear the search (and its highlights)"},
                    new String[] {"t", "table of contents"},
                    new String[] {"h", "these keys"},
                    new String[] {"q Esc", "back to the course map"},
                    new String[] {"Ctrl-C", "leave Hygiene (progress is saved)"});

    private final Theme theme;
    private final String title;
    private final IntFunction<Rendered> render;
    private final List<ExitKey> exitKeys = new ArrayList<>();
    private String lastKey;
    private String nextTitle;
    private String screenName = "lesson pager";
    private String backTo = "back to the course map";

    /** Page plain lines (no headings, so {@code t} shows an empty list). */
    public Pager(Theme theme, String title, IntFunction<List<AttributedString>> render) {
        this(
                theme,
                title,
                width -> new Rendered(render.apply(width), List.of(), List.of(), new int[0]),
                true);
    }

    private Pager(Theme theme, String title, IntFunction<Rendered> render, boolean rendered) {
        this.theme = theme;
        this.title = Sanitizer.clean(title);
        this.render = render;
    }

    /** Page a rendered document, with its headings for {@code t} and the status line. */
    public static Pager forDocument(Theme theme, String title, IntFunction<Rendered> render) {
        return new Pager(theme, title, render, true);
    }

    /**
     * Make {@link #show} return with {@link Exit#KEY} when one of {@code sequences} is typed; these
     * bindings win over the pager's own. {@code keys} and {@code help} are listed on the {@code h}
     * screen (an empty {@code keys} lists nothing).
     */
    public Pager exitOn(String name, String keys, String help, String... sequences) {
        exitKeys.add(new ExitKey(name, keys, help, List.of(sequences)));
        return this;
    }

    /**
     * Let {@code n} go on to the next unit, titled {@code title}, when no search is active (with a
     * search, {@code n} finds the next match as in less). The learner is never moved on without
     * asking: the status line only offers it at the end of the document.
     */
    public Pager offerNext(String title) {
        this.nextTitle = Sanitizer.clean(title);
        return this;
    }

    /**
     * Name this pager in its keys screen ({@code h}) and say where {@code q} goes back to; a lesson
     * pager goes back to the course map.
     */
    public Pager describedAs(String screenName, String backTo) {
        this.screenName = screenName;
        this.backTo = backTo;
        return this;
    }

    /** The name of the key that ended the last {@link #show} with {@link Exit#KEY}. */
    public String lastKey() {
        return lastKey;
    }

    private KeyMap<Object> keys(FullScreen screen) {
        KeyMap<Object> keys = Keys.common(screen.terminal());
        keys.bind(Keys.Common.DOWN, "\r", "\n", "e");
        keys.bind(Keys.Common.UP, "y");
        keys.bind(Keys.Common.HELP, "h", "H");
        keys.bind(Action.SEARCH_FORWARD, "/");
        keys.bind(Action.SEARCH_BACKWARD, "?");
        keys.bind(Action.NEXT_MATCH, "n");
        keys.bind(Action.PREVIOUS_MATCH, "N");
        // c, and less's own Esc u, end a search so that n goes back to meaning "next unit".
        keys.bind(Action.CLEAR_SEARCH, "c", "\033u");
        keys.bind(Action.TOC, "t");
        keys.bind(Action.HALF_DOWN, "d", KeyMap.ctrl('D'));
        keys.bind(Action.HALF_UP, "u", KeyMap.ctrl('U'));
        for (ExitKey k : exitKeys) {
            for (String seq : k.sequences()) {
                keys.bind(k, seq);
            }
        }
        return keys;
    }

    public Result show(FullScreen screen, int startPosition) {
        KeyMap<Object> keys = keys(screen);
        int width = screen.width();
        Rendered doc = render.apply(width);
        int top = Math.max(0, startPosition);
        boolean reachedEnd = false;
        PagerSearchSteps steps = new PagerSearchSteps();
        String message = null;
        while (true) {
            int page = Math.max(1, screen.height() - 1);
            int maxTop = Math.max(0, doc.lines().size() - page);
            top = Math.max(0, Math.min(top, maxTop));
            reachedEnd |= top >= maxTop;
            if (message == null && nextTitle != null && top >= maxTop) {
                message =
                        steps.search() == null
                                ? "End. n: next, " + nextTitle
                                : "End. c clears the search; then n: next, " + nextTitle;
            }
            screen.show(
                    frame(
                            doc,
                            top,
                            page,
                            screen.width(),
                            steps.search(),
                            status(doc, top, page, screen.width(), message)));
            message = null;
            Object action = screen.readKey(keys);
            if (!(action instanceof Action a)
                    || a == Action.TOC
                    || a == Action.HALF_DOWN
                    || a == Action.HALF_UP) {
                steps.moved(); // the next n starts from the page the reader is looking at
            }
            if (action == FullScreen.Event.RESIZE) {
                int anchorSource = doc.sourceLineAt(top);
                int offset = top - doc.lineForSource(anchorSource);
                width = screen.width();
                doc = render.apply(width);
                top = doc.lineForSource(anchorSource) + Math.max(0, offset);
                continue;
            }
            if (action == FullScreen.Event.EOF || action == Keys.Common.QUIT_APP) {
                return new Result(top, reachedEnd, Exit.QUIT_APP);
            }
            if (action == Keys.Common.BACK) {
                return new Result(top, reachedEnd, Exit.BACK);
            }
            if (action == Keys.Common.HELP) {
                if (KeyHelp.show(screen, theme, screenName, help()) == Keys.Common.QUIT_APP) {
                    return new Result(top, reachedEnd, Exit.QUIT_APP);
                }
                continue;
            }
            if (action instanceof ExitKey k) {
                lastKey = k.name();
                return new Result(top, reachedEnd, Exit.KEY);
            }
            if (action == Action.TOC) {
                int current = doc.sectionAt(top).map(doc.headings()::indexOf).orElse(0);
                int chosen = TocScreen.choose(screen, theme, title, doc.headings(), current);
                if (chosen == -2) {
                    return new Result(top, reachedEnd, Exit.QUIT_APP);
                }
                if (chosen >= 0) {
                    top = doc.headings().get(chosen).line();
                }
                continue;
            }
            if (action == Action.SEARCH_FORWARD || action == Action.SEARCH_BACKWARD) {
                boolean backward = action == Action.SEARCH_BACKWARD;
                final Rendered shown = doc;
                final int at = top;
                String typed =
                        LinePrompt.read(
                                screen,
                                backward ? "?" : "/",
                                prompt -> frame(shown, at, page, screen.width(), null, prompt));
                if (typed == null) {
                    continue;
                }
                PagerSearch last = steps.search();
                steps.start(
                        new PagerSearch(
                                typed.isEmpty() && last != null ? last.pattern() : typed,
                                backward)); // empty: repeat the last, as less does
                if (steps.search().pattern().isEmpty()) {
                    steps.clear();
                    message = "No previous search: type / and some text";
                    continue;
                }
                // search the page itself first
                PagerSearchSteps.Step step =
                        steps.step(doc.lines(), top, backward ? top + page : top - 1, false, true);
                top = step.top();
                message = step.message();
                continue;
            }
            if (action == Action.CLEAR_SEARCH) {
                message = steps.clear();
                continue;
            }
            if (action == Action.NEXT_MATCH || action == Action.PREVIOUS_MATCH) {
                if (steps.search() == null) {
                    if (action == Action.NEXT_MATCH && nextTitle != null) {
                        return new Result(top, reachedEnd, Exit.NEXT);
                    }
                    message = "No previous search: type / and some text";
                    continue;
                }
                PagerSearchSteps.Step step =
                        steps.step(doc.lines(), top, top, action == Action.PREVIOUS_MATCH, false);
                top = step.top();
                message = step.message();
                continue;
            }
            if (action instanceof Action a) {
                top += a == Action.HALF_DOWN ? page / 2 : -(page / 2);
                continue;
            }
            if (action instanceof Keys.Common common) {
                top =
                        switch (common) {
                            case DOWN -> top + 1;
                            case UP -> top - 1;
                            case PAGE_DOWN -> top + page;
                            case PAGE_UP -> top - page;
                            case TOP -> 0;
                            case BOTTOM -> maxTop;
                            default -> top;
                        };
            }
        }
    }

    private List<String[]> help() {
        List<String[]> help = new ArrayList<>(HELP);
        help.set(help.size() - 2, new String[] {"q Esc", backTo});
        if (nextTitle != null) {
            help.add(
                    help.size() - 2,
                    new String[] {"n (no search)", "go on to the next unit: " + nextTitle});
        }
        for (ExitKey k : exitKeys) {
            if (!k.keys().isEmpty()) {
                help.add(help.size() - 2, new String[] {k.keys(), k.help()});
            }
        }
        return help;
    }

    private List<AttributedString> frame(
            Rendered doc,
            int top,
            int page,
            int width,
            PagerSearch search,
            AttributedString status) {
        List<AttributedString> lines = doc.lines();
        List<AttributedString> out = new ArrayList<>(page + 1);
        for (int i = top; i < top + page; i++) {
            if (i < lines.size()) {
                AttributedString line = lines.get(i);
                out.add(search == null ? line : search.highlight(line));
            } else {
                out.add(new AttributedString("~", theme.faint()));
            }
        }
        out.add(status.columnSubSequence(0, width));
        return out;
    }

    private AttributedString status(Rendered doc, int top, int page, int width, String message) {
        int size = doc.lines().size();
        int percent =
                size <= page
                        ? 100
                        : (int)
                                Math.min(
                                        100, Math.round(100.0 * Math.min(size, top + page) / size));
        String right = (percent >= 100 ? "END" : percent + "%") + "  h keys  q back ";
        String left = " " + title;
        String section = doc.sectionAt(top).map(Rendered.Heading::text).orElse("");
        if (!section.isEmpty() && !section.equals(title)) {
            left += " › " + section;
        }
        if (message != null) {
            left = " " + message;
        }
        int room = Math.max(0, width - right.length() - 1);
        AttributedString l = Wrap.fit(new AttributedString(left), room);
        int gap = Math.max(1, width - l.columnLength() - right.length());
        return new AttributedStringBuilder()
                .append(l.toString() + " ".repeat(gap) + right, theme.status())
                .toAttributedString()
                .columnSubSequence(0, width);
    }
}
