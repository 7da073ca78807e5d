package org.hygiene.lessons.check;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Wrap a line of the report for people to {@link #WIDTH} columns: it goes on under its first word
 * with a deeper indent, breaking at spaces but never at a space inside a path named by the caller
 * ({@code Program Files} stays whole). A word still too long for a line (a path or URL deeper than
 * the screen is wide) is split after a {@code /} or {@code \}, and only failing that anywhere.
 */
final class ReportWrap {
    /** The width the report for people is laid out in; scripts read --format json or csv. */
    static final int WIDTH = 80;

    private static final int HANG = 4;

    private ReportWrap() {}

    static void print(PrintWriter out, String line, String... paths) {
        lines(line, paths).forEach(out::println);
    }

    /** The lines {@code line} takes, each at most {@link #WIDTH} columns. */
    static List<String> lines(String line, String... paths) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        boolean[] keep = new boolean[line.length()];
        for (String path : paths) {
            for (int at = line.indexOf(path); at >= 0 && !path.isEmpty(); ) {
                for (int i = at; i < at + path.length(); i++) {
                    keep[i] = true;
                }
                at = line.indexOf(path, at + path.length());
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(" ".repeat(indent));
        boolean empty = true;
        int i = indent;
        while (i < line.length()) {
            int gapStart = i;
            while (i < line.length() && line.charAt(i) == ' ' && !keep[i]) {
                i++;
            }
            String gap = line.substring(gapStart, i);
            int wordStart = i;
            while (i < line.length() && (line.charAt(i) != ' ' || keep[i])) {
                i++;
            }
            String word = line.substring(wordStart, i);
            if (word.isEmpty()) {
                break; // trailing spaces
            }
            int hang = indent + HANG;
            if (!empty && current.length() + gap.length() + word.length() > WIDTH) {
                out.add(current.toString());
                current = new StringBuilder(" ".repeat(hang));
                empty = true;
            }
            if (!empty) {
                current.append(gap);
            }
            // A word longer than a whole line is split, at a separator where it has one.
            while (current.length() + word.length() > WIDTH) {
                int cut = splitPoint(word, Math.max(1, WIDTH - current.length()));
                out.add(current + word.substring(0, cut));
                word = word.substring(cut);
                current = new StringBuilder(" ".repeat(hang));
            }
            current.append(word);
            empty = false;
        }
        out.add(current.toString().stripTrailing());
        return out;
    }

    /** Where to cut {@code word} to fit {@code room}: after its last separator that fits. */
    private static int splitPoint(String word, int room) {
        for (int k = Math.min(room, word.length()) - 1; k > 0; k--) {
            char c = word.charAt(k);
            if (c == '/' || c == '\\') {
                return k + 1;
            }
        }
        return room;
    }
}
