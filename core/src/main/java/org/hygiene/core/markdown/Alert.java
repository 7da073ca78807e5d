package org.hygiene.core.markdown;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * A GitHub alert: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]}, {@code
 * [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]}. commonmark-java 0.30 has no extension
 * for them, so they are recognised here, without changing the parsed document.
 *
 * @param kind the alert's kind
 * @param firstParagraph the paragraph that holds the marker
 * @param firstInline the first inline node after the marker (and its line break), or null when the
 *     marker is alone in its paragraph
 */
record Alert(Kind kind, Paragraph firstParagraph, Node firstInline) {

    /** The five kinds, with the title shown to the reader. */
    enum Kind {
        NOTE("Note"),
        TIP("Tip"),
        IMPORTANT("Important"),
        WARNING("Warning"),
        CAUTION("Caution");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    /** Recognise an alert; the marker must open the quote's first paragraph. */
    static Optional<Alert> of(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph p)
                || !(p.getFirstChild() instanceof Text)) {
            return Optional.empty();
        }
        // The parser may split "[!NOTE]" into several text nodes ("[", "!NOTE", "]").
        StringBuilder head = new StringBuilder();
        Node n = p.getFirstChild();
        while (n instanceof Text t && head.length() < 16) {
            head.append(t.getLiteral());
            n = n.getNext();
            if (head.indexOf("]") >= 0) {
                break;
            }
        }
        String s = head.toString();
        int close = s.indexOf(']');
        if (!s.startsWith("[!") || close < 0 || !s.substring(close + 1).isBlank()) {
            return Optional.empty();
        }
        Kind kind;
        try {
            kind = Kind.valueOf(s.substring(2, close).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            n = n.getNext();
        } else if (n != null) {
            return Optional.empty(); // GitHub wants the marker alone on its line
        }
        return Optional.of(new Alert(kind, p, n));
    }
}
