package org.hygiene.core.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Find where to break text into lines of at most a given number of terminal cells: at spaces, else
 * (for a word wider than the line) between characters, never inside a wide character. Works in one
 * pass, so a megabyte-long line costs linear time.
 */
final class LineBreaker {
    private LineBreaker() {}

    /** One line: the characters {@code [start, end)} of the text. */
    record Range(int start, int end) {}

    /** The cells a code point takes: 0 for combining marks, 2 for wide characters. */
    static int cells(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7f) {
            return 1; // printable ASCII, by far the most common: skip the table searches
        }
        return Math.max(0, WCWidth.wcwidth(codePoint));
    }

    /** The cells a string takes. */
    static int cells(CharSequence s) {
        int cols = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            cols += cells(cp);
            i += Character.charCount(cp);
        }
        return cols;
    }

    /**
     * Break {@code s} (spaces separate words; '\n' forces a break) into ranges no wider than {@code
     * width} cells. Spaces at a break are dropped. Never returns an empty list.
     */
    static List<Range> wrap(CharSequence text, int width) {
        String s = text.toString(); // String access is much faster than AttributedString's
        int w = Math.max(1, width);
        List<Range> out = new ArrayList<>();
        int n = s.length();
        int lineStart = -1; // first character of the current line, -1 when empty
        int lineEnd = 0; // end of the last word placed on the line
        int lineCols = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.add(lineStart < 0 ? new Range(i, i) : new Range(lineStart, lineEnd));
                lineStart = -1;
                lineCols = 0;
                i++;
                continue;
            }
            if (c == ' ') {
                i++;
                continue;
            }
            int wordStart = i;
            int wordCols = 0;
            while (i < n && s.charAt(i) != ' ' && s.charAt(i) != '\n') {
                int cp = Character.codePointAt(s, i);
                wordCols += cells(cp);
                i += Character.charCount(cp);
            }
            int gapCols = lineStart < 0 ? 0 : wordStart - lineEnd; // spaces: one cell each
            if (lineStart >= 0 && lineCols + gapCols + wordCols <= w) {
                lineEnd = i;
                lineCols += gapCols + wordCols;
                continue;
            }
            if (lineStart >= 0) {
                out.add(new Range(lineStart, lineEnd));
                lineStart = -1;
                lineCols = 0;
            }
            if (wordCols <= w) {
                lineStart = wordStart;
                lineEnd = i;
                lineCols = wordCols;
                continue;
            }
            // A word wider than the line: split it between characters.
            int pieceStart = wordStart;
            int pieceCols = 0;
            for (int j = wordStart; j < i; ) {
                int cp = Character.codePointAt(s, j);
                int cw = cells(cp);
                if (pieceCols + cw > w && j > pieceStart) {
                    out.add(new Range(pieceStart, j));
                    pieceStart = j;
                    pieceCols = 0;
                }
                pieceCols += cw;
                j += Character.charCount(cp);
            }
            lineStart = pieceStart;
            lineEnd = i;
            lineCols = pieceCols;
        }
        if (lineStart >= 0) {
            out.add(new Range(lineStart, lineEnd));
        }
        if (out.isEmpty()) {
            out.add(new Range(0, 0));
        }
        return out;
    }
}
