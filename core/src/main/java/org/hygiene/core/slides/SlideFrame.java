package org.hygiene.core.slides;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.hygiene.core.markdown.MarkdownParser;
import org.hygiene.core.markdown.RenderOptions;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.text.Sanitizer;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lay one slide out for a projector: wide margins, the slide title on top, the body rendered for
 * the width left, and at the foot a progress bar and the slide counter. A body taller than the
 * screen scrolls inside the slide (marked above and below), so nothing is ever cut off.
 */
public final class SlideFrame {
    /** Rows above the body: a blank, the title, its rule, a blank. */
    static final int HEAD_ROWS = 4;

    /** Rows below the body: the progress bar and the counter line. */
    static final int FOOT_ROWS = 2;

    /**
     * A laid-out slide.
     *
     * @param lines exactly {@code rows} lines (fewer only for a tiny screen)
     * @param maxScroll how far the body can scroll; 0 when it fits
     */
    public record Frame(List<AttributedString> lines, int maxScroll) {}

    private SlideFrame() {}

    /** The columns kept free on each side: wide on a projector, thin on a small terminal. */
    static int margin(int cols) {
        if (cols >= 100) {
            return cols / 10;
        }
        return cols >= 60 ? 4 : 1;
    }

    /**
     * Lay out {@code markdown} (the slide's text, or what the caller shows for it) as slide {@code
     * index} of {@code total}, scrolled down by {@code scroll} body lines.
     */
    public static Frame layout(
            String deckTitle,
            String slideTitle,
            String markdown,
            int index,
            int total,
            Theme theme,
            boolean plain,
            int cols,
            int rows,
            int scroll) {
        int margin = margin(cols);
        int width = Math.max(RenderOptions.MIN_WIDTH, cols - 2 * margin);
        String pad = " ".repeat(margin);
        List<AttributedString> body = body(markdown, slideTitle, theme, plain, width);
        int room = Math.max(1, rows - HEAD_ROWS - FOOT_ROWS);
        int maxScroll = Math.max(0, body.size() - room);
        int top = Math.max(0, Math.min(scroll, maxScroll));

        List<AttributedString> out = new ArrayList<>(rows);
        out.add(AttributedString.EMPTY);
        String title = Sanitizer.clean(slideTitle);
        out.add(line(pad, new AttributedString(title, theme.heading()), width));
        String rule = (plain ? "=" : "━").repeat(Math.min(width, Math.max(3, columns(title))));
        out.add(line(pad, new AttributedString(rule, theme.faint()), width));
        out.add(
                top > 0
                        ? line(
                                pad,
                                new AttributedString(
                                        plain ? "^ more above (k)" : "▲ more above (k)",
                                        theme.faint()),
                                width)
                        : AttributedString.EMPTY);
        for (int i = 0; i < room; i++) {
            int at = top + i;
            boolean lastRow = i == room - 1;
            if (lastRow && at < body.size() - 1) {
                String more =
                        (plain ? "v " : "▼ ") + (body.size() - at) + " more lines (j or Space)";
                out.add(line(pad, new AttributedString(more, theme.faint()), width));
            } else {
                out.add(at < body.size() ? line(pad, body.get(at), width) : AttributedString.EMPTY);
            }
        }
        out.add(line(pad, progressBar(index, total, width, theme, plain), width));
        out.add(line(pad, counter(deckTitle, index, total, width, theme), width));
        return new Frame(out.size() > rows ? out.subList(0, rows) : out, maxScroll);
    }

    private static List<AttributedString> body(
            String markdown, String slideTitle, Theme theme, boolean plain, int width) {
        Node doc = MarkdownParser.parse(markdown);
        Node first = doc.getFirstChild();
        if (first instanceof Heading h
                && TerminalMarkdown.plainText(h).strip().equals(slideTitle.strip())) {
            h.unlink(); // already the slide's title
        }
        RenderOptions options =
                plain ? RenderOptions.plain(width) : RenderOptions.styled(theme, width);
        List<AttributedString> lines = new ArrayList<>(new TerminalMarkdown(options).render(doc));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).length() == 0) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static AttributedString progressBar(
            int index, int total, int width, Theme theme, boolean plain) {
        int filled = total <= 0 ? width : (int) Math.round((double) width * (index + 1) / total);
        return new AttributedStringBuilder()
                .append((plain ? "#" : "━").repeat(filled), theme.heading())
                .append((plain ? "-" : "╌").repeat(Math.max(0, width - filled)), theme.faint())
                .toAttributedString();
    }

    private static AttributedString counter(
            String deckTitle, int index, int total, int width, Theme theme) {
        String right = (index + 1) + " / " + total;
        String left = Sanitizer.clean(deckTitle);
        int room = Math.max(0, width - right.length() - 1);
        AttributedString l = new AttributedString(left).columnSubSequence(0, room);
        int gap = Math.max(1, width - l.columnLength() - right.length());
        return new AttributedStringBuilder()
                .append(l)
                .append(" ".repeat(gap))
                .append(right, AttributedStyle.BOLD)
                .toAttributedString();
    }

    private static AttributedString line(String pad, AttributedString text, int width) {
        return new AttributedStringBuilder()
                .append(pad)
                .append(text.columnSubSequence(0, width))
                .toAttributedString();
    }

    private static int columns(String s) {
        return new AttributedString(s).columnLength();
    }
}
