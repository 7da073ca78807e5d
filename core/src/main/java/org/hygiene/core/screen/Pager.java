package org.hygiene.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.hygiene.core.markdown.Theme;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * Page through rendered lines like {@code less}. Content is rendered for the current width by the
 * given function, so a resize re-wraps it while keeping the reading position.
 */
public final class Pager {
    /** How the pager was left. */
    public enum Exit {
        BACK,
        QUIT_APP,
        /** A key added with {@link #exitOn} was pressed; {@link #lastKey()} says which. */
        KEY
    }

    /** A key the caller handles itself: the pager returns when it is pressed. */
    private record ExitKey(String name, String keys, String help, List<String> sequences) {}

    /** Where the reader stopped, and whether they ever saw the last line. */
    public record Result(int position, boolean reachedEnd, Exit exit) {}

    private static final List<String[]> HELP =
            List.of(
                    new String[] {"Space f PgDn", "next page"},
                    new String[] {"b PgUp", "previous page"},
                    new String[] {"j k Down Up", "one line"},
                    new String[] {"g Home / G End", "top / end"},
                    new String[] {"? h", "these keys"},
                    new String[] {"q Esc", "back to the course map"},
                    new String[] {"Ctrl-C", "leave Hygiene (progress is saved)"});

    private final Theme theme;
    private final String title;
    private final IntFunction<List<AttributedString>> render;
    private final List<ExitKey> exitKeys = new ArrayList<>();
    private String lastKey;

    public Pager(Theme theme, String title, IntFunction<List<AttributedString>> render) {
        this.theme = theme;
        this.title = title;
        this.render = render;
    }

    /**
     * Make {@link #show} return with {@link Exit#KEY} when one of {@code sequences} is typed; these
     * bindings win over the pager's own. {@code keys} and {@code help} are listed on the {@code ?}
     * screen (an empty {@code keys} lists nothing).
     */
    public Pager exitOn(String name, String keys, String help, String... sequences) {
        exitKeys.add(new ExitKey(name, keys, help, List.of(sequences)));
        return this;
    }

    /** The name of the key that ended the last {@link #show} with {@link Exit#KEY}. */
    public String lastKey() {
        return lastKey;
    }

    public Result show(FullScreen screen, int startPosition) {
        KeyMap<Object> keys = Keys.common(screen.terminal());
        keys.bind(Keys.Common.DOWN, "\r", "\n", "e");
        keys.bind(Keys.Common.UP, "y");
        List<String[]> help = new ArrayList<>(HELP);
        for (ExitKey k : exitKeys) {
            for (String seq : k.sequences()) {
                keys.bind(k, seq);
            }
            if (!k.keys().isEmpty()) {
                help.add(help.size() - 2, new String[] {k.keys(), k.help()});
            }
        }
        int width = screen.width();
        List<AttributedString> lines = render.apply(width);
        int top = Math.max(0, startPosition);
        boolean reachedEnd = false;
        while (true) {
            int page = Math.max(1, screen.height() - 1);
            int maxTop = Math.max(0, lines.size() - page);
            top = Math.min(top, maxTop);
            reachedEnd |= top >= maxTop;
            screen.show(frame(lines, top, page, screen.width()));
            Object action = screen.readKey(keys);
            if (action == FullScreen.Event.RESIZE) {
                // Keep the same text at the top: find it by its share of the document.
                double share = lines.isEmpty() ? 0 : (double) top / lines.size();
                width = screen.width();
                lines = render.apply(width);
                top = (int) Math.round(share * lines.size());
                continue;
            }
            if (action == FullScreen.Event.EOF || action == Keys.Common.QUIT_APP) {
                return new Result(top, reachedEnd, Exit.QUIT_APP);
            }
            if (action == Keys.Common.BACK) {
                return new Result(top, reachedEnd, Exit.BACK);
            }
            if (action == Keys.Common.HELP) {
                if (KeyHelp.show(screen, theme, "lesson pager", help) == Keys.Common.QUIT_APP) {
                    return new Result(top, reachedEnd, Exit.QUIT_APP);
                }
                continue;
            }
            if (action instanceof ExitKey k) {
                lastKey = k.name();
                return new Result(top, reachedEnd, Exit.KEY);
            }
            if (action instanceof Keys.Common common) {
                top =
                        switch (common) {
                            case DOWN -> top + 1;
                            case UP -> Math.max(0, top - 1);
                            case PAGE_DOWN -> top + page;
                            case PAGE_UP -> Math.max(0, top - page);
                            case TOP -> 0;
                            case BOTTOM -> maxTop;
                            default -> top;
                        };
            }
        }
    }

    private List<AttributedString> frame(
            List<AttributedString> lines, int top, int page, int width) {
        List<AttributedString> out = new ArrayList<>(page + 1);
        for (int i = top; i < top + page; i++) {
            out.add(i < lines.size() ? lines.get(i) : new AttributedString("~", theme.faint()));
        }
        int percent =
                lines.size() <= page
                        ? 100
                        : (int) Math.min(100, Math.round(100.0 * (top + page) / lines.size()));
        String left = " " + title;
        String right = (percent >= 100 ? "END" : percent + "%") + "  ? keys  q back ";
        int gap = Math.max(1, width - left.length() - right.length());
        AttributedString status =
                new AttributedStringBuilder()
                        .append(left + " ".repeat(gap) + right, theme.status())
                        .toAttributedString()
                        .columnSubSequence(0, width);
        out.add(status);
        return out;
    }
}
