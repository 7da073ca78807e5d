package org.hygiene.core.markdown.highlight;

/** What a piece of code is, for colouring; the renderer maps each kind to a theme style. */
public enum HighlightKind {
    PLAIN,
    KEYWORD,
    STRING,
    NUMBER,
    COMMENT,
    FUNCTION,
    VARIABLE,
    ATTRIBUTE,
    PUNCTUATION
}
