package org.hygiene.lessons.hunt.lang;

/**
 * One token, with its offsets in the query text. {@code value} is the decoded literal for strings,
 * numbers and timespans, and the text itself otherwise.
 */
public record Token(TokenKind kind, String text, Object value, int start, int end) {
    public boolean is(String symbolOrWord) {
        return (kind == TokenKind.SYMBOL || kind == TokenKind.IDENT) && text.equals(symbolOrWord);
    }
}
