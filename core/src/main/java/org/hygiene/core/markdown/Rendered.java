package org.hygiene.core.markdown;

import java.util.List;

/**
 * A rendered document: its lines (none wider than the width), the headings with the line each
 * starts on (for a table of contents), the hyperlinks to emit, and for every line the source line
 * of the block it came from (to keep a reader's place across re-wraps).
 */
public record Rendered(
        List<org.jline.utils.AttributedString> lines,
        List<Heading> headings,
        List<LinkSpan> links,
        int[] sourceLines) {

    /** A heading: its level (1-6), its plain text, and the rendered line it starts on. */
    public record Heading(int level, String text, int line) {}

    /**
     * A hyperlink over the characters {@code [start, end)} of rendered line {@code line}; only
     * produced when hyperlinks are on, and never for indicators of compromise.
     */
    public record LinkSpan(int line, int start, int end, String url) {}

    public Rendered {
        lines = List.copyOf(lines);
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    /** The heading whose section contains {@code line}, if any heading comes before it. */
    public java.util.Optional<Heading> sectionAt(int line) {
        Heading found = null;
        for (Heading h : headings) {
            if (h.line() > line) {
                break;
            }
            found = h;
        }
        return java.util.Optional.ofNullable(found);
    }

    /** The source line of rendered line {@code line} (1-based; 0 when unknown). */
    public int sourceLineAt(int line) {
        return line >= 0 && line < sourceLines.length ? sourceLines[line] : 0;
    }

    /** The first rendered line that comes from source line {@code source} or later. */
    public int lineForSource(int source) {
        for (int i = 0; i < sourceLines.length; i++) {
            if (sourceLines[i] >= source) {
                return i;
            }
        }
        return Math.max(0, sourceLines.length - 1);
    }
}
