package org.hygiene.lessons.hunt.shell;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.hunt.QueryResult;
import org.hygiene.lessons.hunt.lang.KqlValues;
import org.hygiene.lessons.hunt.lang.ResultColumn;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Lay a result out as a text table that fits the terminal: columns shrink from the widest, long
 * values end with an ellipsis, and columns that still do not fit are left out with a note. In wide
 * mode values are never cut (the terminal wraps the lines).
 */
public final class ResultTable {
    static final String ELLIPSIS = "…";
    private static final int MIN_WIDTH = 6;
    private static final String GAP = "  ";

    private ResultTable() {}

    /**
     * Render the header, a rule and the rows of {@code result} for a terminal {@code width} wide.
     */
    public static List<AttributedString> render(QueryResult result, int width, boolean wide) {
        List<ResultColumn> cols = result.columns();
        int n = cols.size();
        List<String[]> cells = new ArrayList<>();
        int[] natural = new int[n];
        for (int c = 0; c < n; c++) {
            natural[c] = Sanitizer.clean(cols.get(c).name()).length();
        }
        for (List<Object> row : result.rows()) {
            String[] line = new String[n];
            for (int c = 0; c < n; c++) {
                line[c] = Sanitizer.clean(KqlValues.format(row.get(c)));
                natural[c] = Math.max(natural[c], line[c].length());
            }
            cells.add(line);
        }
        int[] w = natural.clone();
        int shown = n;
        if (!wide) {
            shown = fit(w, width);
        }
        List<AttributedString> out = new ArrayList<>();
        AttributedStringBuilder header = new AttributedStringBuilder();
        AttributedStringBuilder rule = new AttributedStringBuilder();
        for (int c = 0; c < shown; c++) {
            if (c > 0) {
                header.append(GAP);
                rule.append(GAP);
            }
            String name = cut(Sanitizer.clean(cols.get(c).name()), w[c]);
            header.style(AttributedStyle.BOLD)
                    .append(pad(name, w[c], cols.get(c).type().numeric()))
                    .style(AttributedStyle.DEFAULT);
            rule.append("-".repeat(w[c]));
        }
        out.add(header.toAttributedString());
        out.add(rule.toAttributedString());
        for (String[] line : cells) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            for (int c = 0; c < shown; c++) {
                if (c > 0) {
                    b.append(GAP);
                }
                String v = cut(line[c], w[c]);
                boolean right = cols.get(c).type().numeric();
                b.append(c == shown - 1 && !right ? v : pad(v, w[c], right));
            }
            out.add(b.toAttributedString());
        }
        if (shown < n) {
            List<String> hidden = new ArrayList<>();
            for (int c = shown; c < n; c++) {
                hidden.add(Sanitizer.clean(cols.get(c).name()));
            }
            out.add(
                    new AttributedString(
                            hiddenNote(hidden, width), AttributedStyle.DEFAULT.faint()));
        }
        return out;
    }

    /**
     * One line, at most {@code width} wide, naming the columns left out: as many names as fit, then
     * how to see the rest.
     */
    static String hiddenNote(List<String> hidden, int width) {
        String head = "(+" + hidden.size() + " column" + (hidden.size() == 1 ? "" : "s") + ": ";
        String tail = "; .wide, .show N or project)";
        int room = width - head.length() - tail.length();
        String names = String.join(", ", hidden);
        if (names.length() > room) {
            names = room <= 1 ? ELLIPSIS : names.substring(0, room - 1) + ELLIPSIS;
        }
        String note = head + names + tail;
        return note.length() <= width ? note : cut(note, Math.max(1, width));
    }

    /** Shrink widths to fit; return how many leading columns are shown. */
    static int fit(int[] w, int width) {
        int n = w.length;
        while (total(w, n) > width) {
            int widest = -1;
            for (int c = 0; c < n; c++) {
                if (w[c] > MIN_WIDTH && (widest < 0 || w[c] > w[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break;
            }
            w[widest]--;
        }
        int shown = n;
        while (shown > 1 && total(w, shown) > width) {
            shown--;
        }
        if (total(w, shown) > width) {
            w[0] = Math.max(1, width);
        }
        return shown;
    }

    private static int total(int[] w, int count) {
        int t = 0;
        for (int c = 0; c < count; c++) {
            t += w[c] + (c > 0 ? GAP.length() : 0);
        }
        return t;
    }

    static String cut(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        return width <= 1 ? ELLIPSIS : s.substring(0, width - 1) + ELLIPSIS;
    }

    private static String pad(String s, int width, boolean right) {
        int space = width - s.length();
        if (space <= 0) {
            return s;
        }
        return right ? " ".repeat(space) + s : s + " ".repeat(space);
    }
}
