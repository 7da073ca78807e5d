package org.hygiene.core.markdown;

import java.util.Arrays;
import org.hygiene.core.text.Sanitizer;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Styled inline text being built, with the hyperlink (if any) of every character kept alongside, so
 * that links survive word-wrapping. Content text is always sanitised on the way in; only {@link
 * #appendTrusted} takes the renderer's own text.
 */
final class StyledText {
    private final AttributedStringBuilder text = new AttributedStringBuilder();
    private int[] linkIds = new int[32];

    /** Append content text (from the document): sanitised, so it can never carry an escape. */
    StyledText append(String content, AttributedStyle style) {
        return append(content, style, 0);
    }

    StyledText append(String content, AttributedStyle style, int linkId) {
        return appendTrusted(Sanitizer.clean(content), style, linkId);
    }

    /** Append the renderer's own text (markers, glyphs); never use for document text. */
    StyledText appendTrusted(String own, AttributedStyle style) {
        return appendTrusted(own, style, 0);
    }

    private StyledText appendTrusted(String s, AttributedStyle style, int linkId) {
        int start = text.length();
        text.append(s, style);
        int end = text.length();
        if (end > linkIds.length) {
            linkIds = Arrays.copyOf(linkIds, Math.max(end, linkIds.length * 2));
        }
        Arrays.fill(linkIds, start, end, linkId);
        return this;
    }

    /** Append another piece of styled text, with its links. */
    StyledText appendAll(StyledText other) {
        AttributedString o = other.toAttributedString();
        int start = text.length();
        text.append(o);
        int end = text.length();
        if (end > linkIds.length) {
            linkIds = Arrays.copyOf(linkIds, Math.max(end, linkIds.length * 2));
        }
        System.arraycopy(other.linkIds, 0, linkIds, start, o.length());
        return this;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int linkAt(int i) {
        return linkIds[i];
    }

    AttributedString toAttributedString() {
        return text.toAttributedString();
    }

    /** Whether the text ends with a space (to avoid doubling spaces at soft breaks). */
    boolean endsWithSpace() {
        return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }
}
