package org.hygiene.quiz.format;

import com.google.re2j.Pattern;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Find quizdown's per-question option blocks (a {@code ---} fenced {@code key: value} block right
 * after a heading) and blank them out, keeping line numbers. CommonMark would otherwise read {@code
 * shuffleAnswers: false} followed by {@code ---} as a setext heading, a new question.
 */
final class QuizdownOptionBlocks {
    private static final Pattern ATX = Pattern.compile(" {0,3}#{1,6}(\\s.*)?");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    private static final Pattern PAIR = Pattern.compile("\\s*[A-Za-z][A-Za-z0-9_-]*\\s*:.*");

    /** The options found, by the 0-based line of the heading they follow, with their own lines. */
    record Block(Map<String, String> values, Map<String, Integer> lines) {}

    private QuizdownOptionBlocks() {}

    static Map<Integer, Block> extract(String[] lines) {
        Map<Integer, Block> found = new HashMap<>();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence || !ATX.matcher(lines[i]).matches()) {
                continue;
            }
            int open = i + 1;
            while (open < lines.length && lines[open].isBlank()) {
                open++;
            }
            if (open >= lines.length || !lines[open].strip().equals("---")) {
                continue;
            }
            int close = open + 1;
            while (close < lines.length
                    && close - open < 30
                    && PAIR.matcher(lines[close]).matches()) {
                close++;
            }
            if (close >= lines.length || close == open + 1 || !lines[close].strip().equals("---")) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, Integer> at = new LinkedHashMap<>();
            for (int j = open + 1; j < close; j++) {
                int colon = lines[j].indexOf(':');
                String key = lines[j].substring(0, colon).strip();
                String value = lines[j].substring(colon + 1).strip();
                if (value.length() >= 2 && (value.startsWith("'") || value.startsWith("\""))) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(key, value);
                at.put(key, j);
            }
            for (int j = open; j <= close; j++) {
                lines[j] = "";
            }
            found.put(i, new Block(values, at));
            i = close;
        }
        return found;
    }
}
