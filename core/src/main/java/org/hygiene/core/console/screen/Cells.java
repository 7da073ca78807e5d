package org.hygiene.core.console.screen;

import java.time.Duration;
import java.util.Locale;
import org.hygiene.core.text.Sanitizer;
import org.jline.utils.AttributedString;

/** Fixed-width cells for the console's tables: text cut with an ellipsis, numbers to the right. */
final class Cells {
    private Cells() {}

    /** {@code text} cleaned, cut to {@code width} columns (ending in "~" when cut), padded. */
    static String left(String text, int width) {
        if (width <= 0) {
            return "";
        }
        String clean = Sanitizer.clean(text == null ? "" : text);
        int columns = new AttributedString(clean).columnLength();
        if (columns > width) {
            return new AttributedString(clean).columnSubSequence(0, width - 1).toString() + "~";
        }
        return clean + " ".repeat(width - columns);
    }

    static String right(String text, int width) {
        String clean = Sanitizer.clean(text == null ? "" : text);
        if (clean.length() >= width) {
            return clean.substring(0, width);
        }
        return " ".repeat(width - clean.length()) + clean;
    }

    /** A number without a needless ".0". */
    static String number(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.format(Locale.ROOT, "%.1f", n);
    }

    /** {@code 12s}, {@code 4m}, {@code 2h}: short enough for a column. */
    static String ago(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m";
        }
        return (s / 3600) + "h";
    }

    static String percent(double p) {
        return Math.round(p) + "%";
    }
}
