package org.hygiene.core.markdown.highlight;

/** Classify every character of a code block, for syntax colouring. Never throws. */
public interface Highlighter {
    /** Return one kind per {@code char} of {@code code}. */
    HighlightKind[] classify(String code);
}
