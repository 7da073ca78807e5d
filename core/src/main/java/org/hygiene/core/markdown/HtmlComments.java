package org.hygiene.core.markdown;

/**
 * Recognise HTML comments in Markdown. Like every Markdown viewer, the renderers hide them: they
 * carry notes for authors and presenters (presenterm's {@code <!-- speaker_note: ... -->}), never
 * text for learners.
 */
public final class HtmlComments {
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";

    private HtmlComments() {}

    /** Whether {@code html} is exactly one HTML comment. */
    public static boolean isComment(String html) {
        String t = html.strip();
        return t.length() >= OPEN.length() + CLOSE.length()
                && t.startsWith(OPEN)
                && t.indexOf(CLOSE, OPEN.length()) == t.length() - CLOSE.length();
    }

    /** The text between {@code <!--} and {@code -->}, stripped; call only on a comment. */
    public static String inner(String html) {
        String t = html.strip();
        return t.substring(OPEN.length(), t.length() - CLOSE.length()).strip();
    }
}
