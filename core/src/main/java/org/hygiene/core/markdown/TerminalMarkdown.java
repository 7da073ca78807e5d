package org.hygiene.core.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Render Markdown to terminal lines of at most {@code width} cells. Plain text is the {@code
 * toString()} of each line, so one renderer serves styled and plain output alike.
 */
public final class TerminalMarkdown {
    private final Theme theme;
    private final int width;

    public TerminalMarkdown(Theme theme, int width) {
        this.theme = theme;
        this.width = Math.max(20, width);
    }

    public List<AttributedString> render(String markdown) {
        return render(MarkdownParser.parse(markdown));
    }

    public List<AttributedString> render(Node document) {
        Renderer r = new Renderer();
        document.accept(r);
        while (!r.lines.isEmpty() && r.lines.get(r.lines.size() - 1).length() == 0) {
            r.lines.remove(r.lines.size() - 1);
        }
        return r.lines;
    }

    /** The visitor; one per render, so the renderer itself stays immutable and shareable. */
    private final class Renderer extends AbstractVisitor {
        final List<AttributedString> lines = new ArrayList<>();
        final Deque<AttributedStyle> styles = new ArrayDeque<>(List.of(AttributedStyle.DEFAULT));
        final Deque<String> prefixes = new ArrayDeque<>();
        AttributedStringBuilder para = new AttributedStringBuilder();
        String firstPrefix;

        private String prefix() {
            StringBuilder s = new StringBuilder();
            prefixes.descendingIterator().forEachRemaining(s::append);
            return s.toString();
        }

        private void blank() {
            if (!lines.isEmpty() && lines.get(lines.size() - 1).length() > 0) {
                lines.add(new AttributedString(prefix().stripTrailing()));
            }
        }

        private void flush() {
            AttributedString text = para.toAttributedString();
            para = new AttributedStringBuilder();
            String rest = prefix();
            String first = firstPrefix != null ? firstPrefix : rest;
            firstPrefix = null;
            int avail = width - Math.max(first.length(), rest.length());
            boolean firstLine = true;
            for (AttributedString line : Wrap.words(text, avail)) {
                AttributedStringBuilder b = new AttributedStringBuilder();
                b.append(firstLine ? first : rest, theme.quote());
                b.append(line);
                lines.add(b.toAttributedString());
                firstLine = false;
            }
        }

        private void styled(AttributedStyle style, Node node) {
            styles.push(style);
            visitChildren(node);
            styles.pop();
        }

        @Override
        public void visit(Heading heading) {
            blank();
            styled(heading.getLevel() <= 1 ? theme.heading() : theme.subheading(), heading);
            if (heading.getLevel() <= 2) {
                AttributedString text = para.toAttributedString();
                flush();
                String rule =
                        (heading.getLevel() == 1 ? "=" : "-")
                                .repeat(Math.min(width, Math.max(3, text.columnLength())));
                lines.add(new AttributedString(rule, theme.faint()));
            } else {
                flush();
            }
            lines.add(AttributedString.EMPTY);
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            flush();
            if (!(paragraph.getParent() instanceof ListItem li && isTight(li))) {
                lines.add(new AttributedString(prefix().stripTrailing()));
            }
        }

        private boolean isTight(ListItem item) {
            Node list = item.getParent();
            return list instanceof BulletList b
                    ? b.isTight()
                    : list instanceof OrderedList o && o.isTight();
        }

        @Override
        public void visit(Text text) {
            para.append(Sanitizer.clean(text.getLiteral()), styles.peek());
        }

        @Override
        public void visit(Code code) {
            para.append(Sanitizer.clean(code.getLiteral()), theme.code());
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled(theme.emphasis(), emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled(theme.strong(), strong);
        }

        @Override
        public void visit(Link link) {
            styled(theme.link(), link);
            para.append(" <" + Sanitizer.clean(link.getDestination()) + ">", theme.faint());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            para.append(" ");
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            flush();
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            blank();
            lines.add(new AttributedString("-".repeat(Math.min(width, 40)), theme.faint()));
            lines.add(AttributedString.EMPTY);
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            prefixes.push("| ");
            visitChildren(blockQuote);
            prefixes.pop();
            blank();
        }

        @Override
        public void visit(BulletList list) {
            visitChildren(list);
            blank();
        }

        @Override
        public void visit(OrderedList list) {
            int n = list.getStartNumber();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                String marker = (n++) + ". ";
                listItem((ListItem) item, marker);
            }
            blank();
        }

        @Override
        public void visit(ListItem item) {
            listItem(item, "* ");
        }

        private void listItem(ListItem item, String marker) {
            firstPrefix = prefix() + marker;
            prefixes.push(" ".repeat(marker.length()));
            visitChildren(item);
            prefixes.pop();
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        private void codeBlock(String literal) {
            String p = prefix() + "  ";
            int avail = width - p.length();
            for (String raw :
                    Sanitizer.cleanKeepingNewlines(literal.stripTrailing()).split("\n", -1)) {
                List<AttributedString> pieces =
                        Wrap.hardSplit(new AttributedString(raw, theme.code()), avail - 1);
                for (int i = 0; i < pieces.size(); i++) {
                    AttributedStringBuilder b =
                            new AttributedStringBuilder().append(p).append(pieces.get(i));
                    if (i + 1 < pieces.size()) {
                        b.append("\\", theme.faint());
                    }
                    lines.add(b.toAttributedString());
                }
            }
            lines.add(AttributedString.EMPTY);
        }
    }
}
