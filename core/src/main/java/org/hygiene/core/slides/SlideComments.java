package org.hygiene.core.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hygiene.core.markdown.HtmlComments;

/**
 * Read presenterm's comment commands: {@code <!-- end_slide -->} and speaker notes, either on one
 * line ({@code <!-- speaker_note: Say hello -->}) or as a YAML block scalar:
 *
 * <pre>
 * &lt;!--
 * speaker_note: |
 *   First point.
 *   Second point.
 * --&gt;
 * </pre>
 */
public final class SlideComments {
    private static final String NOTE = "speaker_note:";

    private SlideComments() {}

    /** Whether {@code html} is the comment {@code <!-- end_slide -->}. */
    public static boolean isEndSlide(String html) {
        return HtmlComments.isComment(html) && HtmlComments.inner(html).equals("end_slide");
    }

    /** The speaker note in {@code html}, if it is a {@code speaker_note} comment. */
    public static Optional<String> speakerNote(String html) {
        if (!HtmlComments.isComment(html)) {
            return Optional.empty();
        }
        String inner = HtmlComments.inner(html);
        if (!inner.startsWith(NOTE)) {
            return Optional.empty();
        }
        String rest = inner.substring(NOTE.length()).strip();
        if (!rest.startsWith("|") && !rest.startsWith(">")) {
            return Optional.of(unquote(rest));
        }
        boolean folded = rest.startsWith(">");
        String[] lines = rest.split("\n", -1);
        List<String> body = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            body.add(lines[i]);
        }
        int indent = Integer.MAX_VALUE;
        for (String l : body) {
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String l : body) {
            String text = l.isBlank() ? "" : l.substring(Math.min(indent, l.length()));
            if (out.length() > 0) {
                out.append(folded && !text.isEmpty() ? " " : "\n");
            }
            out.append(text);
        }
        return Optional.of(out.toString().strip());
    }

    private static String unquote(String s) {
        if (s.length() >= 2
                && ((s.startsWith("\"") && s.endsWith("\""))
                        || (s.startsWith("'") && s.endsWith("'")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
