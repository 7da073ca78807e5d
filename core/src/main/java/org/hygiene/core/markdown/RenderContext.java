package org.hygiene.core.markdown;

import java.util.List;

/** What the parts of one rendering share: options, styles, glyphs, footnotes, link targets. */
record RenderContext(
        RenderOptions options,
        MarkdownStyles styles,
        Glyphs glyphs,
        Footnotes footnotes,
        List<String> urls) {}
