package org.hygiene.core.text;

import java.io.PrintWriter;

/**
 * Make untrusted text (log fields, content files) safe to print: no control character, escape
 * sequence or bidirectional override from a file ever reaches the terminal as such. Each is shown
 * in caret notation ({@code ^[} for ESC), which is visible, unambiguous and plain ASCII.
 */
public final class Sanitizer {
    private Sanitizer() {}

    /** Return {@code text} with every control character made visible; tabs become spaces. */
    public static String clean(CharSequence text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16);
                out.append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /** Like {@link #clean} but keeps line breaks, for multi-line content such as code blocks. */
    public static String cleanKeepingNewlines(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.append(clean(text.subSequence(start, i)));
                if (i < text.length()) {
                    out.append('\n');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * A writer that cleans everything written through it, for output streams that may be a
     * terminal: line breaks ({@code \n}, {@code \r\n}) and tabs pass, every other control character
     * is made visible as {@link #clean} does. Output formats (CSV, GIFT, plain text) go through it
     * too, so a payload in a log or content file never reaches a terminal by way of standard
     * output.
     */
    public static PrintWriter writer(PrintWriter out) {
        return new CleanedPrintWriter(out);
    }

    /**
     * The writer under a {@link #writer} (or {@code out} itself): only for our own escape sequences
     * around text that is already clean, such as a progress bar redrawn in place.
     */
    public static PrintWriter unfiltered(PrintWriter out) {
        return out instanceof CleanedPrintWriter c ? c.target : out;
    }

    private static final class CleanedPrintWriter extends PrintWriter {
        final PrintWriter target;

        CleanedPrintWriter(PrintWriter target) {
            super(new CleaningWriter(target), true);
            this.target = target;
        }
    }

    /** What stands for {@code c} on a terminal, or null when it is safe to print as it is. */
    static String replacement(char c) {
        if (c == '\t') {
            return "    ";
        }
        if (c < 0x20) {
            return "^" + (char) (c + 0x40);
        }
        if (c == 0x7f) {
            return "^?";
        }
        if (c >= 0x80 && c <= 0x9f) {
            return String.format("<U+%04X>", (int) c);
        }
        // Format characters (bidirectional marks, overrides and isolates, U+061C, zero-width
        // spaces and joiners, U+FEFF) can make text read differently than it is or hide it; line
        // and paragraph separators (U+2028, U+2029) break lines where no newline shows.
        int type = Character.getType(c);
        if (type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
            return String.format("<U+%04X>", (int) c);
        }
        return null;
    }
}
