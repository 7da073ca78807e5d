package org.hygiene.core.text;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.WCWidth;

/**
 * Word-wrap text to a width measured in terminal cells (wide characters count two, combining marks
 * none): at spaces, else (for a word wider than the line) between characters, never inside a wide
 * character. The one wrap of the course: lessons, quizzes and exercises all break lines here. Works
 * in one pass, so a megabyte-long line costs linear time.
 */
public final class Wrap {
    private Wrap() {}

    /**
     * Wrap styled text so that no line is wider than {@code width} cells; spaces at a break are
     * dropped and '\n' forces a break. Never returns an empty list.
     */
    public static List<AttributedString> words(AttributedString text, int width) {
        List<AttributedString> out = new ArrayList<>();
        for (Range r : ranges(text, width)) {
            out.add(text.subSequence(r.start(), r.end()));
        }
        return out;
    }

    /** One line: the characters {@code [start, end)} of the text. */
    public record Range(int start, int end) {}

    /**
     * Cut {@code text} to at most {@code width} cells, ending it with an ellipsis when anything was
     * cut, so a reader can tell a shortened line from a whole one.
     */
    public static AttributedString fit(AttributedString text, int width) {
        if (text.columnLength() <= width) {
            return text;
        }
        if (width <= 0) {
            return new AttributedString("");
        }
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append(text.columnSubSequence(0, width - 1));
        b.append("…", text.length() > 0 ? text.styleAt(0) : b.style());
        return b.toAttributedString();
    }

    /** The cells a code point takes: 0 for combining marks, 2 for wide characters. */
    public static int cells(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7f) {
            return 1; // printable ASCII, by far the most common: skip the table searches
        }
        return Math.max(0, WCWidth.wcwidth(codePoint));
    }

    /** The cells a string takes. */
    public static int cells(CharSequence s) {
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
    public static List<Range> ranges(CharSequence text, int width) {
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
