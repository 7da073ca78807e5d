package org.hygiene.core.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hygiene.core.text.Wrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The lines being rendered, with the indentation of the containers (block quotes, list items,
 * callouts) the current block sits in. Every line added goes through here, which is what keeps each
 * one within the width: indentation deeper than half the width is cut short with an ellipsis.
 */
final class Canvas {
    /** One container's indentation: {@code first} on its first line, {@code rest} after. */
    private static final class Indent {
        final AttributedString first;
        final AttributedString rest;
        final int start;
        boolean used;

        Indent(AttributedString first, AttributedString rest, int start) {
            this.first = first;
            this.rest = rest;
            this.start = start;
        }
    }

    final int width;
    private final Glyphs glyphs;
    private final AttributedStyle faint;
    private final List<AttributedString> lines = new ArrayList<>();
    private final List<Rendered.LinkSpan> links = new ArrayList<>();
    private final List<Rendered.Heading> headings = new ArrayList<>();
    private int[] sources = new int[64];
    private final List<Indent> indents = new ArrayList<>();
    private int source;

    private final boolean plain;

    Canvas(int width, Glyphs glyphs, AttributedStyle faint, boolean plain) {
        this.width = width;
        this.plain = plain;
        this.glyphs = glyphs;
        this.faint = faint;
    }

    /** Set the source line that the next lines come from. */
    void source(int line) {
        if (line > 0) {
            source = line;
        }
    }

    void push(AttributedString first, AttributedString rest) {
        indents.add(new Indent(first, rest, lines.size()));
    }

    void push(AttributedString both) {
        push(both, both);
    }

    void pop() {
        indents.remove(indents.size() - 1);
    }

    /** Close a container whose bar should not trail into the blank line after it. */
    void popTrimmed() {
        Indent in = indents.remove(indents.size() - 1);
        int last = lines.size() - 1;
        if (last > in.start && isBlank(lines.get(last))) {
            lines.remove(last);
            links.removeIf(l -> l.line() == last);
        }
    }

    /** The cells left for content after the current indentation. */
    int available() {
        return width - prefixCols();
    }

    private int maxPrefix() {
        return width / 2;
    }

    private int prefixCols() {
        int cols = 0;
        for (Indent in : indents) {
            cols += Wrap.cells((in.used ? in.rest : in.first).toString());
        }
        return Math.min(cols, maxPrefix());
    }

    private AttributedString prefix(boolean blankLine) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (Indent in : indents) {
            b.append(in.used ? in.rest : in.first);
            in.used = true;
        }
        AttributedString p = b.toAttributedString();
        int cols = p.columnLength();
        if (cols > maxPrefix()) {
            // Too deep to show every level: keep the innermost ones, marked as cut.
            AttributedString tail = p.columnSubSequence(cols - maxPrefix() + 1, cols);
            p =
                    new AttributedStringBuilder()
                            .append(glyphs.ellipsis(), faint)
                            .append(tail)
                            .toAttributedString();
            if (p.columnLength() > maxPrefix()) {
                p = p.columnSubSequence(0, maxPrefix());
            }
        }
        if (blankLine) {
            String s = p.toString();
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            p = p.subSequence(0, end);
        }
        return p;
    }

    /** Add a line of content (at most {@link #available()} cells) after the indentation. */
    void line(AttributedString content) {
        line(content, List.of());
    }

    /** Add a line with hyperlinks given as character ranges of {@code content}. */
    void line(AttributedString content, List<Rendered.LinkSpan> contentLinks) {
        AttributedString p = prefix(content.length() == 0);
        AttributedString full =
                new AttributedStringBuilder().append(p).append(content).toAttributedString();
        if (Wrap.cells(full.toString()) > width) {
            full = full.columnSubSequence(0, width);
        }
        if (plain) {
            full = new AttributedString(full.toString()); // plain means no style at all
        }
        int index = lines.size();
        for (Rendered.LinkSpan l : contentLinks) {
            int start = Math.min(full.length(), p.length() + l.start());
            int end = Math.min(full.length(), p.length() + l.end());
            if (end > start) {
                links.add(new Rendered.LinkSpan(index, start, end, l.url()));
            }
        }
        lines.add(full);
        if (index >= sources.length) {
            sources = Arrays.copyOf(sources, sources.length * 2);
        }
        sources[index] = source;
    }

    /** Add an empty line (keeping container bars), unless the last line is already empty. */
    void blank() {
        if (lines.isEmpty() || isBlank(lines.get(lines.size() - 1))) {
            return;
        }
        line(AttributedString.EMPTY);
    }

    private static boolean isBlank(AttributedString line) {
        String s = line.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '>' && c != '┃' && c != '▏') {
                return false;
            }
        }
        return true;
    }

    void heading(int level, String text) {
        headings.add(new Rendered.Heading(level, text, lines.size()));
    }

    int size() {
        return lines.size();
    }

    Rendered finish() {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).toString().isBlank()) {
            end--;
        }
        List<AttributedString> kept = new ArrayList<>(lines.subList(0, end));
        int last = end;
        List<Rendered.LinkSpan> keptLinks = links.stream().filter(l -> l.line() < last).toList();
        return new Rendered(kept, headings, keptLinks, Arrays.copyOf(sources, end));
    }
}
