package org.hygiene.lessons.hunt.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.Pager;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Show a result: printed as it is when it fits the screen; otherwise in a full-screen pager (the
 * lesson pager's keys: Space, b, j/k, g/G, / to search, q to come back), after which the rows last
 * seen are printed above the prompt, so the learner can answer with them in view. The same in the
 * standalone shell and in an exercise's; dumb terminals and pipes get every line.
 */
final class ResultPager {
    /** Room kept below a printed result: its footer, a note and the prompt. */
    private static final int BELOW = 3;

    private ResultPager() {}

    /**
     * Show the lines {@code render} lays out for a width, then {@code footer}; {@code header} of
     * them (the column names and rule) are repeated above the rows printed after paging.
     */
    static void print(
            ShellContext context,
            IntFunction<List<AttributedString>> render,
            int header,
            AttributedString footer) {
        Terminal t = context.terminal();
        int width = context.width();
        List<AttributedString> lines = wrap(render.apply(width), width);
        int height = t.getHeight();
        boolean page =
                context.settings().paging
                        && height > BELOW + 2
                        && !t.getType().startsWith("dumb")
                        && lines.size() + BELOW > height;
        if (!page) {
            lines.forEach(l -> t.writer().println(l.toAnsi(t)));
            t.writer().println(footer.toAnsi(t));
            t.writer().flush();
            return;
        }
        Pager pager =
                new Pager(context.theme(), footer.toString(), w -> wrap(render.apply(w), w))
                        .describedAs("query result", "back to the shell");
        int top;
        int seenRows;
        int shownWidth;
        try (FullScreen screen = new FullScreen(t)) {
            top = pager.show(screen, 0).position();
            seenRows = Math.max(1, screen.height() - 1);
            shownWidth = screen.width();
        }
        List<AttributedString> seen = wrap(render.apply(shownWidth), shownWidth);
        int room = Math.max(1, t.getHeight() - BELOW);
        List<AttributedString> out = new ArrayList<>();
        int from = 0;
        int to = Math.min(seen.size(), room);
        if (top > 0) {
            // Keep the bottom of what was on screen, under the column names.
            to = Math.min(seen.size(), top + seenRows);
            int keep = header > 0 && room > header + 1 ? header : 0;
            out.addAll(seen.subList(0, keep));
            from = Math.max(keep, to - (room - keep));
        }
        out.addAll(seen.subList(Math.min(from, to), to));
        out.forEach(l -> t.writer().println(l.toAnsi(t)));
        t.writer().println(footer.toAnsi(t));
        t.writer()
                .println(
                        new AttributedString(
                                        "(paged: the part last seen is above; .page shows it all"
                                                + " again)",
                                        AttributedStyle.DEFAULT.faint())
                                .toAnsi(t));
        t.writer().flush();
    }

    /** Split lines wider than the screen, so each line is one screen row (for .wide). */
    static List<AttributedString> wrap(List<AttributedString> lines, int width) {
        List<AttributedString> out = new ArrayList<>(lines.size());
        for (AttributedString line : lines) {
            if (line.columnLength() <= width) {
                out.add(line);
            } else {
                out.addAll(line.columnSplitLength(width));
            }
        }
        return out;
    }
}
