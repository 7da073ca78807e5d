package org.hygiene.core.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.hygiene.core.text.Wrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Lay out the blocks of a document onto a {@link Canvas}; one instance per rendering. */
final class BlockRenderer {
    /** Containers nested deeper than this are shown as their text, so the stack cannot overflow. */
    static final int MAX_DEPTH = 48;

    private final RenderContext ctx;
    private final MarkdownStyles st;
    private final Glyphs glyphs;
    private final boolean plain;
    private final Canvas canvas;
    private final InlineRenderer inlines;
    private final CodeBlockRenderer code;
    private final TableRenderer tables;
    private int listDepth;

    BlockRenderer(RenderContext ctx, Canvas canvas) {
        this.ctx = ctx;
        this.st = ctx.styles();
        this.glyphs = ctx.glyphs();
        this.plain = ctx.options().plain();
        this.canvas = canvas;
        this.inlines = new InlineRenderer(ctx);
        this.code = new CodeBlockRenderer(ctx, canvas);
        this.tables = new TableRenderer(ctx, canvas, inlines);
    }

    void document(Node document) {
        children(document, 0);
        footnotes();
    }

    private void children(Node parent, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, depth + 1);
        }
    }

    private void block(Node n, int depth) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (!spans.isEmpty()) {
            canvas.source(spans.get(0).getLineIndex() + 1);
        }
        if (depth > MAX_DEPTH) {
            paragraph(
                    new StyledText().append(InlineRenderer.plainText(n), AttributedStyle.DEFAULT));
            end(n);
            return;
        }
        if (n instanceof Paragraph p) {
            paragraph(inlines.render(p.getFirstChild(), AttributedStyle.DEFAULT));
        } else if (n instanceof Heading h) {
            heading(h);
        } else if (n instanceof BlockQuote q) {
            quote(q, depth);
        } else if (n instanceof ListBlock list) {
            list(list, depth);
        } else if (n instanceof FencedCodeBlock f) {
            code.render(f.getLiteral(), f.getInfo());
        } else if (n instanceof IndentedCodeBlock i) {
            code.render(i.getLiteral(), "");
        } else if (n instanceof HtmlBlock h) {
            if (HtmlComments.isComment(h.getLiteral())) {
                return; // comments are for authors and presenters, never shown
            }
            code.html(h.getLiteral());
        } else if (n instanceof ThematicBreak) {
            canvas.blank();
            canvas.line(new AttributedString(glyphs.rule().repeat(canvas.available()), st.faint()));
        } else if (n instanceof TableBlock t) {
            tables.render(t);
        } else if (n instanceof FootnoteDefinition || n instanceof LinkReferenceDefinition) {
            return; // footnotes are shown at the end; reference definitions are not shown
        } else if (n instanceof TaskListItemMarker) {
            return; // drawn by its list item
        } else {
            children(n, depth);
        }
        end(n);
    }

    /** Leave one blank line after a block, except between the blocks of a tight list. */
    private void end(Node n) {
        if (n.getParent() instanceof ListItem item
                && item.getParent() instanceof ListBlock list
                && list.isTight()) {
            return;
        }
        canvas.blank();
    }

    /** Word-wrap styled text at the available width, carrying its hyperlinks along. */
    void paragraph(StyledText text) {
        AttributedString all = text.toAttributedString();
        for (Wrap.Range r : Wrap.ranges(all, canvas.available())) {
            List<Rendered.LinkSpan> spans = new ArrayList<>();
            int i = r.start();
            while (i < r.end()) {
                int id = text.linkAt(i);
                int j = i + 1;
                while (j < r.end() && text.linkAt(j) == id) {
                    j++;
                }
                if (id > 0) {
                    spans.add(
                            new Rendered.LinkSpan(
                                    0, i - r.start(), j - r.start(), ctx.urls().get(id - 1)));
                }
                i = j;
            }
            canvas.line(all.subSequence(r.start(), r.end()), spans);
        }
    }

    private void heading(Heading h) {
        canvas.blank();
        int level = Math.max(1, Math.min(6, h.getLevel()));
        String title = InlineRenderer.plainText(h).strip();
        canvas.heading(level, org.hygiene.core.text.Sanitizer.clean(title));
        StyledText text = new StyledText();
        if (plain) {
            text.appendTrusted("#".repeat(level) + " ", AttributedStyle.DEFAULT);
        }
        StyledText body = inlines.render(h.getFirstChild(), st.heading(level));
        text.appendAll(body);
        paragraph(text);
        if (!plain && level <= 2) {
            int cols =
                    Math.min(
                            canvas.available(),
                            Math.max(3, body.toAttributedString().columnLength()));
            canvas.line(new AttributedString((level == 1 ? "━" : "╌").repeat(cols), st.faint()));
        }
    }

    private void quote(BlockQuote q, int depth) {
        java.util.Optional<Alert> alert = Alert.of(q);
        if (alert.isEmpty()) {
            AttributedString bar = new AttributedString(glyphs.quoteBar(), st.faint());
            canvas.push(bar);
            for (Node n = q.getFirstChild(); n != null; n = n.getNext()) {
                quoted(n, depth);
            }
            canvas.popTrimmed();
            return;
        }
        Alert a = alert.get();
        AttributedStyle colour = alertStyle(a.kind());
        canvas.push(new AttributedString(plain ? glyphs.quoteBar() : "┃ ", colour));
        canvas.line(
                new AttributedString(plain ? a.kind().title + ":" : a.kind().title, colour.bold()));
        for (Node n = q.getFirstChild(); n != null; n = n.getNext()) {
            if (n == a.firstParagraph()) {
                if (a.firstInline() != null) {
                    paragraph(inlines.render(a.firstInline(), AttributedStyle.DEFAULT));
                    canvas.blank();
                }
            } else {
                block(n, depth + 1);
            }
        }
        canvas.popTrimmed();
    }

    private void quoted(Node n, int depth) {
        if (n instanceof Paragraph p) {
            canvas.source(
                    p.getSourceSpans().isEmpty()
                            ? 0
                            : p.getSourceSpans().get(0).getLineIndex() + 1);
            paragraph(inlines.render(p.getFirstChild(), st.quote()));
            end(n);
        } else {
            block(n, depth + 1);
        }
    }

    private AttributedStyle alertStyle(Alert.Kind kind) {
        return switch (kind) {
            case NOTE -> st.note();
            case TIP -> st.tip();
            case IMPORTANT -> st.important();
            case WARNING -> st.warning();
            case CAUTION -> st.caution();
        };
    }

    private void list(ListBlock list, int depth) {
        int number =
                list instanceof OrderedList o && o.getMarkerStartNumber() != null
                        ? o.getMarkerStartNumber()
                        : 1;
        int count = 0;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            count++;
        }
        String delimiter =
                list instanceof OrderedList o && o.getMarkerDelimiter() != null
                        ? o.getMarkerDelimiter()
                        : ".";
        int numberWidth = String.valueOf(Math.max(number, number + count - 1)).length();
        listDepth++;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            String marker;
            if (list instanceof BulletList) {
                marker = glyphs.bullet(listDepth - 1) + " ";
            } else {
                String num = String.valueOf(number++);
                marker =
                        " ".repeat(Math.max(0, numberWidth - num.length())) + num + delimiter + " ";
            }
            Node first = n.getFirstChild();
            if (first instanceof TaskListItemMarker m) {
                marker += (m.isChecked() ? glyphs.checked() : glyphs.unchecked()) + " ";
            }
            AttributedString mark =
                    new AttributedString(
                            marker,
                            list instanceof BulletList ? st.faint() : AttributedStyle.DEFAULT);
            canvas.push(mark, new AttributedString(" ".repeat(Wrap.cells(marker))));
            int before = canvas.size();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                block(c, depth + 1);
            }
            if (canvas.size() == before) {
                canvas.line(AttributedString.EMPTY); // an empty item: just its marker
            }
            canvas.pop();
        }
        listDepth--;
    }

    private void footnotes() {
        if (ctx.footnotes().isEmpty()) {
            return;
        }
        canvas.blank();
        canvas.line(
                new AttributedStringBuilder()
                        .append(glyphs.rule().repeat(Math.min(canvas.available(), 20)), st.faint())
                        .toAttributedString());
        for (int n = 1; ; n++) {
            FootnoteDefinition d = ctx.footnotes().numbered(n);
            if (d == null) {
                break;
            }
            String marker = "[" + n + "] ";
            canvas.push(
                    new AttributedString(marker, st.link()),
                    new AttributedString(" ".repeat(marker.length())));
            int before = canvas.size();
            for (Node c = d.getFirstChild(); c != null; c = c.getNext()) {
                block(c, 2);
            }
            if (canvas.size() == before) {
                canvas.line(AttributedString.EMPTY);
            }
            canvas.pop();
        }
    }
}
