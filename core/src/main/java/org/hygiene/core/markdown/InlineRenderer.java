package org.hygiene.core.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jline.utils.AttributedStyle;

/**
 * Turn inline nodes (text, emphasis, code, links, images, footnote references, raw HTML) into
 * styled text. In plain mode, markers replace styles where the meaning matters: backticks around
 * code, tildes around struck text, URLs in parentheses.
 */
final class InlineRenderer {
    /** Deeper inline nesting than this is shown as its text, without styles. */
    static final int MAX_DEPTH = 64;

    private final MarkdownStyles st;
    private final Glyphs glyphs;
    private final boolean plain;
    private final boolean hyperlinks;
    private final Footnotes footnotes;
    private final List<String> urls;

    InlineRenderer(RenderContext ctx) {
        this.st = ctx.styles();
        this.glyphs = ctx.glyphs();
        this.plain = ctx.options().plain();
        this.hyperlinks = ctx.options().hyperlinks();
        this.footnotes = ctx.footnotes();
        this.urls = ctx.urls();
    }

    /** Render the inline children of {@code parent}, starting at {@code first}. */
    StyledText render(Node first, AttributedStyle base) {
        StyledText out = new StyledText();
        for (Node n = first; n != null; n = n.getNext()) {
            inline(n, out, base, 0, 0);
        }
        return out;
    }

    private void children(Node parent, StyledText out, AttributedStyle style, int link, int depth) {
        if (depth > MAX_DEPTH) {
            out.append(plainText(parent), style, link);
            return;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, out, style, link, depth + 1);
        }
    }

    private void inline(Node n, StyledText out, AttributedStyle style, int link, int depth) {
        if (n instanceof Text t) {
            out.append(t.getLiteral(), style, link);
        } else if (n instanceof Code c) {
            if (plain) {
                out.appendTrusted("`", style);
            }
            out.append(c.getLiteral(), st.code(), link);
            if (plain) {
                out.appendTrusted("`", style);
            }
        } else if (n instanceof Emphasis) {
            children(n, out, style.italic(), link, depth);
        } else if (n instanceof StrongEmphasis) {
            children(n, out, style.bold(), link, depth);
        } else if (n instanceof Strikethrough) {
            if (plain) {
                out.appendTrusted("~~", style);
            }
            children(n, out, style.crossedOut(), link, depth);
            if (plain) {
                out.appendTrusted("~~", style);
            }
        } else if (n instanceof Link l) {
            link(l, out, style, depth);
        } else if (n instanceof Image img) {
            image(img, out, style);
        } else if (n instanceof HtmlInline h) {
            if (!HtmlComments.isComment(h.getLiteral())) {
                out.append(h.getLiteral(), st.html(), link);
            }
        } else if (n instanceof SoftLineBreak) {
            if (!out.endsWithSpace()) {
                out.appendTrusted(" ", style);
            }
        } else if (n instanceof HardLineBreak) {
            out.appendTrusted("\n", style);
        } else if (n instanceof FootnoteReference r) {
            int number = footnotes.number(r.getLabel());
            String shown = number > 0 ? "[" + number + "]" : "[^" + r.getLabel() + "]";
            out.append(shown, number > 0 ? st.link() : style, 0);
        } else if (n instanceof TaskListItemMarker m) {
            out.appendTrusted((m.isChecked() ? glyphs.checked() : glyphs.unchecked()) + " ", style);
        } else {
            children(n, out, style, link, depth);
        }
    }

    private void link(Link l, StyledText out, AttributedStyle style, int depth) {
        String url = l.getDestination() == null ? "" : l.getDestination();
        String text = plainText(l);
        if (LinkPolicy.isIndicator(text, url, l.getTitle())) {
            boolean textIsUrl = text.contains("://") || text.equals(url);
            if (textIsUrl) {
                out.append(LinkPolicy.defang(text), st.ioc());
            } else {
                children(l, out, st.ioc(), 0, depth);
            }
            String shownUrl = url.isEmpty() || textIsUrl ? "" : ": " + LinkPolicy.defang(url);
            out.append(" (IOC" + shownUrl + ")", st.url());
            return;
        }
        boolean autolink = text.equals(url) || ("mailto:" + text).equals(url);
        if (hyperlinks && LinkPolicy.clickable(url)) {
            urls.add(url);
            children(l, out, linkStyle(style), urls.size(), depth);
            return;
        }
        children(l, out, linkStyle(style), 0, depth);
        if (!autolink && !url.isEmpty()) {
            out.append(" (" + url + ")", st.url());
        }
    }

    private AttributedStyle linkStyle(AttributedStyle style) {
        return plain ? style : st.link();
    }

    private void image(Image img, StyledText out, AttributedStyle style) {
        String alt = plainText(img);
        out.appendTrusted("[image: ", st.faint());
        out.append(alt.isBlank() ? "no description" : alt, st.emphasis());
        out.appendTrusted("]", st.faint());
        String url = img.getDestination() == null ? "" : img.getDestination();
        if (!url.isEmpty()) {
            boolean ioc = LinkPolicy.isIndicator(alt, url, img.getTitle());
            out.append(" (" + (ioc ? "IOC: " + LinkPolicy.defang(url) : url) + ")", st.url());
        }
    }

    /** The text of a node and all below it, found without recursion. */
    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            todo.addLast(c);
        }
        while (!todo.isEmpty()) {
            Node n = todo.pollFirst();
            if (n instanceof org.commonmark.node.Block && sb.length() > 0) {
                sb.append(' ');
            }
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof org.commonmark.node.FencedCodeBlock f) {
                sb.append(f.getLiteral());
            } else if (n instanceof org.commonmark.node.IndentedCodeBlock i) {
                sb.append(i.getLiteral());
            } else if (n instanceof org.commonmark.node.HtmlBlock h) {
                sb.append(h.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (n instanceof HtmlInline h) {
                sb.append(h.getLiteral());
            }
            Node child = n.getLastChild();
            while (child != null) {
                todo.addFirst(child);
                child = child.getPrevious();
            }
        }
        return sb.toString();
    }
}
