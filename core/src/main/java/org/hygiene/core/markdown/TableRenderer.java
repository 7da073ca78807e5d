package org.hygiene.core.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.hygiene.core.text.Wrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draw a GFM table in a grid whose columns keep their alignment and whose cells word-wrap to fit
 * the width. When even the narrowest sensible grid does not fit, the table is linearised: each row
 * becomes a list item of {@code header: value} lines, which also reads well aloud.
 */
final class TableRenderer {
    /** Words longer than this may be broken inside a cell rather than widen their column. */
    private static final int LONG_WORD = 16;

    private record Cell(StyledText text, TableCell.Alignment alignment) {}

    private record Row(List<Cell> cells, boolean header) {}

    private final MarkdownStyles st;
    private final Glyphs glyphs;
    private final Canvas canvas;
    private final InlineRenderer inlines;
    private final RenderContext ctx;

    TableRenderer(RenderContext ctx, Canvas canvas, InlineRenderer inlines) {
        this.ctx = ctx;
        this.st = ctx.styles();
        this.glyphs = ctx.glyphs();
        this.canvas = canvas;
        this.inlines = inlines;
    }

    void render(TableBlock table) {
        List<Row> rows = new ArrayList<>();
        int columns = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean header = section instanceof TableHead;
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        AttributedStyle style = header ? st.tableHeader() : AttributedStyle.DEFAULT;
                        cells.add(
                                new Cell(
                                        inlines.render(cell.getFirstChild(), style),
                                        cell.getAlignment()));
                    }
                }
                columns = Math.max(columns, cells.size());
                rows.add(new Row(cells, header));
            }
        }
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        int[] widths = layout(rows, columns, canvas.available() - (3 * columns + 1));
        if (widths == null) {
            linear(rows);
        } else {
            grid(rows, widths);
        }
    }

    /**
     * Column widths that fit {@code room} cells of content, or null when none sensibly do. As in a
     * browser's automatic table layout: every column gets its longest word if it can, and the space
     * left is shared in proportion to how much more each column would need to fit on one line. When
     * the longest words do not fit, the table is linearised instead.
     */
    private static int[] layout(List<Row> rows, int columns, int room) {
        int[] natural = new int[columns];
        int[] longestWord = new int[columns];
        for (Row row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                AttributedString text = row.cells().get(c).text().toAttributedString();
                natural[c] = Math.max(natural[c], text.columnLength());
                for (String word : text.toString().split(" ")) {
                    longestWord[c] = Math.max(longestWord[c], Wrap.cells(word));
                }
            }
        }
        int sumNatural = 0;
        int sumWords = 0;
        for (int c = 0; c < columns; c++) {
            natural[c] = Math.max(1, natural[c]);
            // A very long word (a URL) may be broken; shorter ones must fit whole.
            longestWord[c] = Math.max(1, Math.min(Math.min(longestWord[c], LONG_WORD), natural[c]));
            sumNatural += natural[c];
            sumWords += longestWord[c];
        }
        if (sumNatural <= room) {
            return natural;
        }
        if (sumWords > room) {
            return null; // words would be cut to pieces: a list reads better
        }
        return share(longestWord, natural, room - sumWords);
    }

    /**
     * Add {@code spare} cells to {@code base}, in proportion to what each lacks of {@code goal}.
     */
    private static int[] share(int[] base, int[] goal, int spare) {
        int[] widths = base.clone();
        long lack = 0;
        for (int c = 0; c < base.length; c++) {
            lack += goal[c] - base[c];
        }
        int given = 0;
        for (int c = 0; c < base.length && lack > 0; c++) {
            int add = (int) ((long) spare * (goal[c] - base[c]) / lack);
            widths[c] += add;
            given += add;
        }
        // Rounding leaves a few cells: give them one by one to the columns that lack the most.
        for (int left = spare - given; left > 0; left--) {
            int best = -1;
            for (int c = 0; c < base.length; c++) {
                if (widths[c] < goal[c]
                        && (best < 0 || goal[c] - widths[c] > goal[best] - widths[best])) {
                    best = c;
                }
            }
            if (best < 0) {
                break;
            }
            widths[best]++;
        }
        return widths;
    }

    private void grid(List<Row> rows, int[] widths) {
        String[] k = glyphs.tableCorners();
        canvas.blank();
        canvas.line(border(widths, k[0], k[1], k[2], glyphs.tableH()));
        boolean headerDone = false;
        boolean tall = false;
        for (Row row : rows) {
            for (int c = 0; c < row.cells().size() && c < widths.length; c++) {
                tall |=
                        Wrap.ranges(row.cells().get(c).text().toAttributedString(), widths[c])
                                        .size()
                                > 1;
            }
        }
        for (Row row : rows) {
            if (!row.header() && !headerDone) {
                headerDone = true;
                if (row != rows.get(0)) {
                    canvas.line(border(widths, k[3], k[4], k[5], glyphs.headerRule()));
                }
            } else if (!row.header() && tall) {
                // Rows of several lines each are told apart by a rule between them.
                canvas.line(border(widths, k[3], k[4], k[5], glyphs.rowRule()));
            }
            row(row, widths);
        }
        canvas.line(border(widths, k[6], k[7], k[8], glyphs.tableH()));
    }

    private AttributedString border(int[] widths, String left, String mid, String right, String h) {
        StringBuilder b = new StringBuilder(left);
        for (int c = 0; c < widths.length; c++) {
            b.append(h.repeat(widths[c] + 2)).append(c + 1 < widths.length ? mid : right);
        }
        return new AttributedString(b.toString(), st.tableBorder());
    }

    /** Draw one row; returns its height in lines. */
    private int row(Row row, int[] widths) {
        List<List<Wrap.Range>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<Wrap.Range> lines =
                    c < row.cells().size()
                            ? Wrap.ranges(row.cells().get(c).text().toAttributedString(), widths[c])
                            : List.of(new Wrap.Range(0, 0));
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        AttributedString bar = new AttributedString(glyphs.tableV(), st.tableBorder());
        for (int i = 0; i < height; i++) {
            AttributedStringBuilder b = new AttributedStringBuilder();
            List<Rendered.LinkSpan> links = new ArrayList<>();
            b.append(bar);
            for (int c = 0; c < widths.length; c++) {
                AttributedString piece = AttributedString.EMPTY;
                Cell cell = c < row.cells().size() ? row.cells().get(c) : null;
                int pieceStart = 0;
                if (cell != null && i < wrapped.get(c).size()) {
                    Wrap.Range r = wrapped.get(c).get(i);
                    piece = cell.text().toAttributedString().subSequence(r.start(), r.end());
                    pieceStart = r.start();
                }
                int pad = Math.max(0, widths[c] - piece.columnLength());
                int before =
                        switch (cell == null || cell.alignment() == null
                                ? TableCell.Alignment.LEFT
                                : cell.alignment()) {
                            case RIGHT -> pad;
                            case CENTER -> pad / 2;
                            default -> 0;
                        };
                b.append(" ".repeat(before + 1));
                int at = b.length();
                b.append(piece);
                if (cell != null) {
                    addLinks(cell.text(), pieceStart, piece.length(), at, links);
                }
                b.append(" ".repeat(pad - before + 1)).append(bar);
            }
            canvas.line(b.toAttributedString(), links);
        }
        return height;
    }

    private void addLinks(
            StyledText text, int from, int length, int at, List<Rendered.LinkSpan> out) {
        int i = 0;
        while (i < length) {
            int id = text.linkAt(from + i);
            int j = i + 1;
            while (j < length && text.linkAt(from + j) == id) {
                j++;
            }
            if (id > 0) {
                out.add(new Rendered.LinkSpan(0, at + i, at + j, ctx.urls().get(id - 1)));
            }
            i = j;
        }
    }

    private void linear(List<Row> rows) {
        Row header = rows.get(0).header() ? rows.get(0) : null;
        canvas.blank();
        for (Row row : rows) {
            if (row == header && rows.size() > 1) {
                continue;
            }
            String marker = glyphs.bullet(0) + " ";
            canvas.push(
                    new AttributedString(marker, st.faint()),
                    new AttributedString(" ".repeat(Wrap.cells(marker))));
            for (int c = 0; c < row.cells().size(); c++) {
                StyledText line = new StyledText();
                if (header != null
                        && row != header
                        && c < header.cells().size()
                        && !header.cells().get(c).text().isEmpty()) {
                    line.appendAll(header.cells().get(c).text());
                    line.appendTrusted(": ", st.tableHeader());
                }
                line.appendAll(row.cells().get(c).text());
                wrap(line);
            }
            canvas.pop();
        }
        canvas.blank();
    }

    private void wrap(StyledText text) {
        AttributedString all = text.toAttributedString();
        for (Wrap.Range r : Wrap.ranges(all, canvas.available())) {
            List<Rendered.LinkSpan> links = new ArrayList<>();
            addLinks(text, r.start(), r.end() - r.start(), 0, links);
            canvas.line(all.subSequence(r.start(), r.end()), links);
        }
    }
}
