package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.text.Sanitizer;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A typed answer being edited: the text, a cursor that Left/Right/Home/End move, and its drawing as
 * wrapped lines with the cursor shown. A paste longer than {@link #MAX_LENGTH} is kept up to the
 * limit and the learner is told, never cut silently.
 */
final class AnswerField {
    static final int MAX_LENGTH = org.hygiene.quiz.engine.AnswerInput.MAX_TEXT;

    /** At most this many lines of a long answer are drawn, around the cursor. */
    static final int MAX_LINES = 6;

    private static final String LABEL = "  Answer: ";

    private final StringBuilder text = new StringBuilder();
    private int cursor;

    AnswerField(String initial) {
        text.append(initial);
        cursor = text.length();
    }

    String text() {
        return text.toString();
    }

    int length() {
        return text.length();
    }

    int cursor() {
        return cursor;
    }

    /**
     * Insert typed or pasted text at the cursor (control characters dropped); returns a message
     * when the limit cut it, else an empty string.
     */
    String insert(String typed) {
        String clean = Sanitizer.clean(typed).replace('\t', ' ');
        int room = MAX_LENGTH - text.length();
        boolean cut = clean.length() > room;
        if (cut) {
            clean = clean.substring(0, Math.max(0, room));
        }
        text.insert(cursor, clean);
        cursor += clean.length();
        return cut
                ? "An answer holds at most "
                        + String.format(java.util.Locale.ROOT, "%,d", MAX_LENGTH)
                        + " characters; the rest was not kept."
                : "";
    }

    void backspace() {
        if (cursor > 0) {
            text.deleteCharAt(--cursor);
        }
    }

    void delete() {
        if (cursor < text.length()) {
            text.deleteCharAt(cursor);
        }
    }

    void left() {
        cursor = Math.max(0, cursor - 1);
    }

    void right() {
        cursor = Math.min(text.length(), cursor + 1);
    }

    void home() {
        cursor = 0;
    }

    void end() {
        cursor = text.length();
    }

    void clear() {
        text.setLength(0);
        cursor = 0;
    }

    /**
     * Draw the field for width {@code w}: the text wrapped under its label, the cursor as an
     * inverse cell; a long answer shows the {@link #MAX_LINES} lines around the cursor and says how
     * much is above and below. Returns the lines; {@code cursorLine[0]} gets the cursor's.
     */
    List<AttributedString> draw(Theme theme, int w, int[] cursorLine) {
        int room = Math.max(10, w - LABEL.length() - 1);
        int lineCount = text.length() / room + 1;
        int at = Math.min(cursor / room, lineCount - 1);
        int first = Math.max(0, Math.min(at - MAX_LINES / 2, lineCount - MAX_LINES));
        int last = Math.min(lineCount, first + MAX_LINES);
        List<AttributedString> out = new ArrayList<>();
        if (first > 0) {
            out.add(
                    new AttributedString(
                            " ".repeat(LABEL.length())
                                    + "("
                                    + first * room
                                    + " characters above; Home goes to the start)",
                            theme.faint()));
        }
        for (int line = first; line < last; line++) {
            int from = line * room;
            int to = Math.min(text.length(), from + room);
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.append(line == 0 ? LABEL : " ".repeat(LABEL.length()), theme.strong());
            for (int i = from; i < to; i++) {
                AttributedStyle style = i == cursor ? theme.selected().inverse() : theme.selected();
                b.append(String.valueOf(text.charAt(i)), style);
            }
            if (cursor == to && (to < from + room || line == lineCount - 1)) {
                b.append(" ", theme.selected().inverse()); // the cursor after the last character
            }
            if (line == at) {
                cursorLine[0] = out.size();
            }
            out.add(b.toAttributedString());
        }
        if (last < lineCount) {
            out.add(
                    new AttributedString(
                            " ".repeat(LABEL.length())
                                    + "("
                                    + (text.length() - last * room)
                                    + " characters below; End goes to the end)",
                            theme.faint()));
        }
        return out;
    }
}
