package org.hygiene.core.markdown;

/**
 * How to render: the width in terminal cells, the theme, whether to give plain text (no styles,
 * ASCII drawing, textual markers; for pipes and screen readers) and whether links may be emitted as
 * OSC 8 hyperlinks instead of showing their URL after the text.
 */
public record RenderOptions(int width, Theme theme, boolean plain, boolean hyperlinks) {
    /** The narrowest width the renderer lays out for; narrower requests are widened to this. */
    public static final int MIN_WIDTH = 20;

    public RenderOptions {
        width = Math.max(MIN_WIDTH, width);
        theme = plain || theme == null ? Theme.MONO : theme;
        hyperlinks = hyperlinks && !plain;
    }

    /** Styled output in a theme, URLs shown after link text. */
    public static RenderOptions styled(Theme theme, int width) {
        return new RenderOptions(width, theme, false, false);
    }

    /** Plain text: no escape codes at all, ASCII drawing. */
    public static RenderOptions plain(int width) {
        return new RenderOptions(width, Theme.MONO, true, false);
    }

    public RenderOptions withWidth(int newWidth) {
        return new RenderOptions(newWidth, theme, plain, hyperlinks);
    }

    public RenderOptions withHyperlinks(boolean on) {
        return new RenderOptions(width, theme, plain, on);
    }
}
