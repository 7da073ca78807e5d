package org.hygiene.core.screen;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.Rendered;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.text.Sanitizer;
import org.jline.keymap.KeyMap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** The {@code t} screen of the pager: the lesson's sections; Enter jumps to the chosen one. */
final class TocScreen {
    private TocScreen() {}

    /**
     * Let the reader choose a heading; returns its index in {@code headings}, -1 to go back, or -2
     * when the reader pressed Ctrl-C.
     */
    static int choose(
            FullScreen screen,
            Theme theme,
            String title,
            List<Rendered.Heading> headings,
            int current) {
        KeyMap<Object> keys = Keys.common(screen.terminal());
        keys.bind(Keys.Common.BACK, "q", "\033", "t");
        int selected = Math.max(0, current);
        int top = 0;
        while (true) {
            int rows = Math.max(1, screen.height() - 3);
            if (selected < top) {
                top = selected;
            } else if (selected >= top + rows) {
                top = selected - rows + 1;
            }
            List<AttributedString> lines = new ArrayList<>();
            lines.add(
                    new AttributedString(
                            fit("Contents: " + Sanitizer.clean(title), screen.width()),
                            theme.heading()));
            lines.add(AttributedString.EMPTY);
            for (int i = top; i < Math.min(headings.size(), top + rows); i++) {
                Rendered.Heading h = headings.get(i);
                String text = "  ".repeat(Math.max(0, h.level() - 1)) + h.text();
                AttributedStringBuilder b = new AttributedStringBuilder();
                b.append(i == selected ? "> " : "  ", theme.strong());
                b.append(
                        text,
                        i == selected
                                ? theme.selected()
                                : h.level() <= 2
                                        ? theme.strong()
                                        : org.jline.utils.AttributedStyle.DEFAULT);
                lines.add(b.toAttributedString().columnSubSequence(0, screen.width()));
            }
            if (headings.isEmpty()) {
                lines.add(new AttributedString("  This lesson has no headings.", theme.faint()));
            }
            while (lines.size() < screen.height() - 1) {
                lines.add(AttributedString.EMPTY);
            }
            lines.add(
                    new AttributedString(
                            fit(" Enter go to section   j/k move   q back ", screen.width()),
                            theme.status()));
            screen.show(lines);
            Object action = screen.readKey(keys);
            if (action == FullScreen.Event.EOF || action == Keys.Common.QUIT_APP) {
                return -2;
            }
            if (action == Keys.Common.BACK) {
                return -1;
            }
            if (action == Keys.Common.ENTER && !headings.isEmpty()) {
                return selected;
            }
            if (action instanceof Keys.Common c && !headings.isEmpty()) {
                selected =
                        switch (c) {
                            case DOWN -> Math.min(headings.size() - 1, selected + 1);
                            case UP -> Math.max(0, selected - 1);
                            case PAGE_DOWN -> Math.min(headings.size() - 1, selected + rows);
                            case PAGE_UP -> Math.max(0, selected - rows);
                            case TOP -> 0;
                            case BOTTOM -> headings.size() - 1;
                            default -> selected;
                        };
            }
        }
    }

    private static String fit(String s, int width) {
        return new AttributedString(s).columnSubSequence(0, width).toString();
    }
}
