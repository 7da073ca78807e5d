package org.hygiene.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Split text on one literal character, with exactly the results of {@link String#split(String,
 * int)} for that character, but without a regular expression: {@code String.split} compiles a
 * java.util.regex pattern, which learner and author input must never meet (ArchitectureTest).
 */
public final class LiteralSplitter {
    private LiteralSplitter() {}

    /** Split like {@code text.split(quote(separator))}: trailing empty strings are dropped. */
    public static String[] split(String text, char separator) {
        return split(text, separator, 0);
    }

    /**
     * Split like {@code text.split(quote(separator), limit)}: at most {@code limit} parts when it
     * is positive; all parts when negative; all parts less trailing empty ones when zero.
     */
    public static String[] split(String text, char separator, int limit) {
        int first = text.indexOf(separator);
        if (first < 0 || limit == 1) {
            return new String[] {text};
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = first; i >= 0; i = text.indexOf(separator, start)) {
            if (limit > 0 && parts.size() == limit - 1) {
                break;
            }
            parts.add(text.substring(start, i));
            start = i + 1;
        }
        parts.add(text.substring(start));
        if (limit == 0) {
            int end = parts.size();
            while (end > 0 && parts.get(end - 1).isEmpty()) {
                end--;
            }
            return parts.subList(0, end).toArray(String[]::new);
        }
        return parts.toArray(String[]::new);
    }
}
