package org.hygiene.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Render course Markdown to HTML for handouts that work offline: raw HTML is shown as text,
 * comments (speaker notes) are dropped, images are described rather than loaded, indicators of
 * compromise are defanged and never links, GitHub alerts become styled boxes, and links to other
 * course files point at their exported pages.
 */
public final class HandoutHtml {
    private HandoutHtml() {}

    /**
     * Render {@code markdown}; {@code linkTarget} maps a relative link (such as {@code
     * ../lessons/03-x.md}) to the page it should open, or returns null to leave it as written.
     */
    public static String render(String markdown, UnaryOperator<String> linkTarget) {
        Node document = MarkdownParser.parse(markdown == null ? "" : markdown);
        dropComments(document);
        HtmlRenderer renderer =
                HtmlRenderer.builder()
                        .extensions(MarkdownParser.EXTENSIONS)
                        .escapeHtml(true)
                        .sanitizeUrls(true)
                        .nodeRendererFactory(ctx -> new SafeNodes(ctx, linkTarget))
                        .build();
        return renderer.render(document);
    }

    /** Escape text for an HTML element or a quoted attribute. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void dropComments(Node document) {
        List<Node> comments = new ArrayList<>();
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(HtmlBlock h) {
                        if (HtmlComments.isComment(h.getLiteral())) {
                            comments.add(h);
                        }
                    }

                    @Override
                    public void visit(HtmlInline h) {
                        if (HtmlComments.isComment(h.getLiteral())) {
                            comments.add(h);
                        }
                    }
                });
        comments.forEach(Node::unlink);
    }

    /** Links, images and alerts, rendered the safe way; everything else as commonmark does. */
    private static final class SafeNodes implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final UnaryOperator<String> linkTarget;

        SafeNodes(HtmlNodeRendererContext context, UnaryOperator<String> linkTarget) {
            this.context = context;
            this.html = context.getWriter();
            this.linkTarget = linkTarget;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class, BlockQuote.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link l) {
                link(l);
            } else if (node instanceof Image img) {
                image(img);
            } else if (node instanceof BlockQuote q) {
                quote(q);
            }
        }

        private void link(Link l) {
            String url = l.getDestination() == null ? "" : l.getDestination();
            String text = InlineRenderer.plainText(l);
            if (LinkPolicy.isIndicator(text, url, l.getTitle())) {
                boolean textIsUrl = text.contains("://") || text.equals(url);
                html.tag("span", Map.of("class", "ioc"));
                if (textIsUrl) {
                    html.text(LinkPolicy.defang(text));
                } else {
                    children(l);
                }
                html.tag("/span");
                String shown = url.isEmpty() || textIsUrl ? "" : ": " + LinkPolicy.defang(url);
                html.text(" (IOC" + shown + ")");
                return;
            }
            String target = LinkPolicy.clickable(url) ? url : linkTarget.apply(url);
            if (target == null) {
                children(l);
                if (!url.isEmpty()) {
                    html.text(" (" + url + ")");
                }
                return;
            }
            html.tag("a", Map.of("href", context.encodeUrl(target)));
            children(l);
            html.tag("/a");
        }

        private void image(Image img) {
            // Loading an image would reach outside the handout; describe it instead.
            String alt = InlineRenderer.plainText(img);
            html.tag("span", Map.of("class", "image"));
            html.text("[image: " + (alt.isBlank() ? "no description" : alt) + "]");
            html.tag("/span");
        }

        private void quote(BlockQuote q) {
            var alert = Alert.of(q);
            if (alert.isEmpty()) {
                html.line();
                html.tag("blockquote");
                html.line();
                children(q);
                html.line();
                html.tag("/blockquote");
                html.line();
                return;
            }
            Alert a = alert.get();
            html.line();
            html.tag(
                    "div",
                    Map.of(
                            "class",
                            "alert alert-" + a.kind().name().toLowerCase(java.util.Locale.ROOT)));
            html.tag("p", Map.of("class", "alert-title"));
            html.text(a.kind().title);
            html.tag("/p");
            if (a.firstInline() != null) {
                html.tag("p");
                for (Node n = a.firstInline(); n != null; ) {
                    Node next = n.getNext();
                    context.render(n);
                    n = next;
                }
                html.tag("/p");
            }
            for (Node n = a.firstParagraph().getNext(); n != null; ) {
                Node next = n.getNext();
                context.render(n);
                n = next;
            }
            html.tag("/div");
            html.line();
        }

        private void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; ) {
                Node next = n.getNext();
                context.render(n);
                n = next;
            }
        }
    }
}
