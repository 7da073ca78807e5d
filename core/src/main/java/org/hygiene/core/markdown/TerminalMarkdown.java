package org.hygiene.core.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.jline.utils.AttributedString;

/**
 * Render Markdown (CommonMark with tables, strikethrough, footnotes, task lists and GitHub alerts)
 * to terminal lines of at most {@code width} cells. Immutable: build one per width and theme and
 * share it. Every piece of document text is sanitised; the only escape codes in the output are the
 * styles the renderer adds (none at all in plain mode).
 */
public final class TerminalMarkdown {
    private final RenderOptions options;

    /** Styled rendering in a theme, showing link URLs after their text. */
    public TerminalMarkdown(Theme theme, int width) {
        this(RenderOptions.styled(theme, width));
    }

    public TerminalMarkdown(RenderOptions options) {
        this.options = options;
    }

    /** Plain text for pipes and screen readers: no styles, ASCII drawing. */
    public static TerminalMarkdown plain(int width) {
        return new TerminalMarkdown(RenderOptions.plain(width));
    }

    public RenderOptions options() {
        return options;
    }

    /** The plain text of a node and its children (a heading's words, for a title). */
    public static String plainText(Node node) {
        return InlineRenderer.plainText(node);
    }

    /** Render to lines. */
    public List<AttributedString> render(String markdown) {
        return renderDocument(markdown).lines();
    }

    /** Render an already parsed document to lines. */
    public List<AttributedString> render(Node document) {
        return renderDocument(document).lines();
    }

    /** Render to lines with headings, hyperlinks and source lines. */
    public Rendered renderDocument(String markdown) {
        return renderDocument(MarkdownParser.parseToShow(markdown == null ? "" : markdown));
    }

    /** Render an already parsed document; the document is not changed. */
    public Rendered renderDocument(Node document) {
        Glyphs glyphs = options.plain() ? Glyphs.ASCII : Glyphs.UNICODE;
        MarkdownStyles styles = MarkdownStyles.of(options.theme(), options.plain());
        RenderContext ctx =
                new RenderContext(
                        options, styles, glyphs, new Footnotes(document), new ArrayList<>());
        Canvas canvas = new Canvas(options.width(), glyphs, styles.faint(), options.plain());
        new BlockRenderer(ctx, canvas).document(document);
        return canvas.finish();
    }
}
