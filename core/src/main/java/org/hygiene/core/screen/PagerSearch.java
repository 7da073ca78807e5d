package org.hygiene.core.screen;

import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A search of the pager: literal text (never a regular expression, so any input is safe),
 * case-insensitive unless the pattern has a capital letter, as {@code less -i} does.
 */
record PagerSearch(String pattern, boolean backward) {

    private boolean ignoreCase() {
        return pattern.equals(pattern.toLowerCase(Locale.ROOT));
    }

    private String fold(String s) {
        return ignoreCase() ? s.toLowerCase(Locale.ROOT) : s;
    }

    boolean matches(AttributedString line) {
        return !pattern.isEmpty() && fold(line.toString()).contains(fold(pattern));
    }

    /**
     * The next line with a match after {@code from} (before it when searching backward, or when
     * {@code reverse} flips the direction as {@code N} does); wraps around; -1 when none.
     */
    int next(List<AttributedString> lines, int from, boolean reverse) {
        int n = lines.size();
        if (n == 0 || pattern.isEmpty()) {
            return -1;
        }
        int step = backward ^ reverse ? -1 : 1;
        for (int k = 1; k <= n; k++) {
            int i = Math.floorMod(from + k * step, n);
            if (matches(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How many lines hold a match. */
    int count(List<AttributedString> lines) {
        return (int) lines.stream().filter(this::matches).count();
    }

    /** The 1-based position of line {@code at} among the lines with a match. */
    int ordinal(List<AttributedString> lines, int at) {
        int n = 0;
        for (int i = 0; i <= at && i < lines.size(); i++) {
            if (matches(lines.get(i))) {
                n++;
            }
        }
        return n;
    }

    /** The line with every match shown in {@code style} on top of its own. */
    AttributedString highlight(AttributedString line) {
        if (!matches(line)) {
            return line;
        }
        String text = fold(line.toString());
        String p = fold(pattern);
        AttributedStringBuilder b = new AttributedStringBuilder(line.length());
        int at = 0;
        int found;
        while ((found = text.indexOf(p, at)) >= 0) {
            b.append(line.subSequence(at, found));
            for (int i = found; i < found + p.length(); i++) {
                b.append(String.valueOf(line.charAt(i)), line.styleAt(i).inverse());
            }
            at = found + p.length();
        }
        b.append(line.subSequence(at, line.length()));
        return b.toAttributedString();
    }

    static AttributedStyle promptStyle() {
        return AttributedStyle.DEFAULT.bold();
    }
}
