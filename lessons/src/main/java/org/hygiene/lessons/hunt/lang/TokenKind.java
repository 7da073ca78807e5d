package org.hygiene.lessons.hunt.lang;

/** The kinds of token of the hunt language. */
public enum TokenKind {
    /** A name: table, column, operator keyword or function ({@code where}, {@code !has}). */
    IDENT,
    /** A quoted string literal; {@link Token#value()} holds the unescaped text. */
    STRING,
    LONG,
    REAL,
    /** A timespan literal such as {@code 1h}, {@code 5m} or {@code 100ms}. */
    TIMESPAN,
    /** Punctuation and symbolic operators: {@code | ( ) , == =~ ..} and so on. */
    SYMBOL,
    /** A {@code //} comment, kept for the highlighter and skipped by the parser. */
    COMMENT,
    /** Text the lexer could not read (kept so the highlighter can show it). */
    ERROR,
    EOF
}
