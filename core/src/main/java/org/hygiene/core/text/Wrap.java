package org.hygiene.core.text;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** Word-wrap styled text to a width measured in terminal cells (wide characters count two). */
public final class Wrap {
    private Wrap() {}

    /**
     * Wrap at spaces so that no line is wider than {@code width} cells; a word longer than the
     * width is split across lines. Never returns an empty list.
     */
    public static List<AttributedString> words(AttributedString text, int width) {
        int w = Math.max(1, width);
        List<AttributedString> out = new ArrayList<>();
        AttributedStringBuilder line = new AttributedStringBuilder();
        int lineCols = 0;
        String plain = text.toString();
        int i = 0;
        while (i <= plain.length()) {
            int j = plain.indexOf(' ', i);
            if (j < 0) {
                j = plain.length();
            }
            AttributedString word = text.subSequence(i, j);
            int wordCols = word.columnLength();
            if (lineCols > 0 && lineCols + 1 + wordCols > w) {
                out.add(line.toAttributedString());
                line = new AttributedStringBuilder();
                lineCols = 0;
            }
            if (wordCols > w) {
                for (AttributedString piece : hardSplit(word, w)) {
                    if (lineCols > 0) {
                        out.add(line.toAttributedString());
                        line = new AttributedStringBuilder();
                    }
                    line.append(piece);
                    lineCols = piece.columnLength();
                }
            } else if (wordCols > 0) {
                if (lineCols > 0) {
                    line.append(' ');
                    lineCols++;
                }
                line.append(word);
                lineCols += wordCols;
            }
            i = j + 1;
        }
        out.add(line.toAttributedString());
        return out;
    }

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

    /** Split into pieces of at most {@code width} cells, never splitting a wide character. */
    public static List<AttributedString> hardSplit(AttributedString text, int width) {
        List<AttributedString> out = new ArrayList<>();
        int start = 0;
        int cols = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int cpLen = Character.charCount(cp);
            int cpCols = Math.max(0, org.jline.utils.WCWidth.wcwidth(cp));
            if (cols + cpCols > width && i > start) {
                out.add(text.subSequence(start, i));
                start = i;
                cols = 0;
            }
            cols += cpCols;
            i += cpLen;
        }
        out.add(text.subSequence(start, text.length()));
        return out;
    }
}
