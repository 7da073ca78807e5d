package org.hygiene.core.text;

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

    /** Whether the text needs cleaning at all. */
    public static boolean isClean(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (replacement(text.charAt(i)) != null) {
                return false;
            }
        }
        return true;
    }

    private static String replacement(char c) {
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
        // Bidirectional overrides and isolates can make text read differently than it is.
        if ((c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e
                || c == 0x200f) {
            return String.format("<U+%04X>", (int) c);
        }
        return null;
    }
}
