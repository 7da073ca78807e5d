package org.hygiene.core.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.hygiene.core.course.Problem;
import org.hygiene.core.markdown.MarkdownParser;

/**
 * Check the Markdown of a lesson or quiz for what the renderer would show wrongly or not at all:
 * undefined footnotes and reference links, relative links to missing files, unknown or malformed
 * GitHub alerts, images without alt text, and raw HTML (shown to learners as text).
 */
public final class MarkdownLint {
    static final List<String> ALERT_KINDS =
            List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");

    /** Tag names an author writes meaning HTML; other {@code <words>} are placeholders. */
    private static final Set<String> HTML_TAGS =
            Set.of(
                    "a", "abbr", "b", "br", "center", "code", "dd", "del", "details", "div", "dl",
                    "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
                    "kbd", "li", "mark", "ol", "p", "pre", "s", "small", "span", "strong", "sub",
                    "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
                    "video", "iframe", "script", "style");

    private final String file;
    private final String[] lines;
    private final int bodyLine;
    private final Predicate<String> fileExists;
    private final List<Problem> problems = new ArrayList<>();

    private MarkdownLint(String file, String body, int bodyLine, Predicate<String> fileExists) {
        this.file = file;
        this.lines = body.split("\n", -1);
        this.bodyLine = bodyLine;
        this.fileExists = fileExists;
    }

    /**
     * Check {@code body}, which starts on line {@code bodyLine} of {@code file}; {@code fileExists}
     * answers whether a relative link target (as written, without its {@code #fragment}) exists.
     */
    public static List<Problem> check(
            String file, String body, int bodyLine, Predicate<String> fileExists) {
        MarkdownLint lint = new MarkdownLint(file, body, bodyLine, fileExists);
        lint.run(MarkdownParser.parse(body));
        return lint.problems;
    }

    private void run(Node document) {
        Set<String> references = new HashSet<>();
        Set<String> footnotes = new HashSet<>();
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(org.commonmark.node.CustomBlock block) {
                        if (block instanceof FootnoteDefinition d) {
                            footnotes.add(d.getLabel().toLowerCase(Locale.ROOT));
                        }
                        visitChildren(block);
                    }

                    @Override
                    public void visit(LinkReferenceDefinition d) {
                        references.add(normalise(d.getLabel()));
                    }
                });
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Paragraph p) {
                        textRuns(p, references, footnotes);
                        visitChildren(p);
                    }

                    @Override
                    public void visit(BlockQuote quote) {
                        alert(quote);
                        visitChildren(quote);
                    }

                    @Override
                    public void visit(Link link) {
                        target(link, link.getDestination(), "link");
                        visitChildren(link);
                    }

                    @Override
                    public void visit(Image image) {
                        target(image, image.getDestination(), "image");
                        if (image.getFirstChild() == null) {
                            warn(
                                    image,
                                    "image without alt text: a terminal shows only the alt text,"
                                            + " so write what it shows: '![what the picture shows]("
                                            + image.getDestination()
                                            + ")'");
                        }
                    }

                    @Override
                    public void visit(HtmlBlock html) {
                        html(html, html.getLiteral());
                    }

                    @Override
                    public void visit(HtmlInline html) {
                        html(html, html.getLiteral());
                    }
                });
    }

    /** Undefined footnotes and reference links stay in the text as written: find them there. */
    private void textRuns(Paragraph p, Set<String> references, Set<String> footnotes) {
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Text first)) {
                continue;
            }
            StringBuilder run = new StringBuilder(first.getLiteral());
            while (n.getNext() instanceof Text t) {
                run.append(t.getLiteral());
                n = t;
            }
            scanBrackets(first, run.toString(), references, footnotes);
        }
    }

    private void scanBrackets(Node at, String text, Set<String> references, Set<String> footnotes) {
        int i = text.indexOf('[');
        while (i >= 0) {
            int close = text.indexOf(']', i + 1);
            if (close < 0) {
                return;
            }
            String label = text.substring(i + 1, close);
            if (label.startsWith("^") && !label.contains(" ")) {
                if (!footnotes.contains(label.substring(1).toLowerCase(Locale.ROOT))) {
                    error(
                            at,
                            "[" + label + "]",
                            "footnote '["
                                    + label
                                    + "]' is not defined; add a line '["
                                    + label
                                    + "]: the note' below the paragraph");
                }
            } else if (close + 1 < text.length() && text.charAt(close + 1) == '[') {
                int end = text.indexOf(']', close + 2);
                if (end > 0 && !label.contains("[")) {
                    String ref = text.substring(close + 2, end);
                    String name = ref.isBlank() ? label : ref;
                    if (!references.contains(normalise(name))) {
                        error(
                                at,
                                text.substring(i, end + 1),
                                "reference link '["
                                        + name
                                        + "]' is not defined; add a line '["
                                        + name
                                        + "]: https://...' below the paragraph");
                    }
                    i = text.indexOf('[', end + 1);
                    continue;
                }
            }
            i = text.indexOf('[', close + 1);
        }
    }

    private void alert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph p)) {
            return;
        }
        StringBuilder head = new StringBuilder();
        Node n = p.getFirstChild();
        while (n instanceof Text t && head.indexOf("]") < 0) {
            head.append(t.getLiteral());
            n = n.getNext();
        }
        String s = head.toString();
        int close = s.indexOf(']');
        if (!s.startsWith("[!") || close < 0) {
            return;
        }
        String kind = s.substring(2, close);
        if (kind.isEmpty() || !kind.chars().allMatch(Character::isLetter)) {
            return;
        }
        if (!ALERT_KINDS.contains(kind.toUpperCase(Locale.ROOT))) {
            error(
                    p,
                    "[!" + kind + "]",
                    "unknown alert kind '[!"
                            + kind
                            + "]'; use NOTE, TIP, IMPORTANT, WARNING or CAUTION (it would show"
                            + " as a plain quote)");
        } else if (!s.substring(close + 1).isBlank()
                || !(n == null || n instanceof SoftLineBreak || n instanceof HardLineBreak)) {
            error(
                    p,
                    "[!" + kind + "]",
                    "an alert's first line holds only '[!"
                            + kind
                            + "]'; start its text on the next line, or it shows as a plain"
                            + " quote");
        }
    }

    private void target(Node node, String destination, String what) {
        if (destination == null || destination.isBlank() || destination.startsWith("#")) {
            return;
        }
        int colon = destination.indexOf(':');
        int slash = destination.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) {
            return; // a scheme: https:, mailto:...
        }
        String path = destination;
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = path.replace("%20", " ");
        if (path.isEmpty()) {
            return;
        }
        if (path.startsWith("/") || !fileExists.test(path)) {
            error(
                    node,
                    destination,
                    "the "
                            + what
                            + " '"
                            + destination
                            + "' points to a file that does not exist"
                            + (path.startsWith("/")
                                    ? " (write a path relative to this file)"
                                    : " (paths are relative to this file)"));
        }
    }

    private void html(Node node, String literal) {
        String s = literal.strip();
        if (s.startsWith("<!--")) {
            return; // the renderer hides comments: notes for authors and presenters
        }
        String tag = tagName(s);
        if (HTML_TAGS.contains(tag)) {
            warn(
                    node,
                    "raw HTML <"
                            + tag
                            + "> is shown to learners as text; use Markdown instead (see"
                            + " docs/authoring.md)");
        }
    }

    private static String tagName(String html) {
        int i = html.startsWith("</") ? 2 : 1;
        int j = i;
        while (j < html.length() && Character.isLetterOrDigit(html.charAt(j))) {
            j++;
        }
        return html.substring(Math.min(i, j), j).toLowerCase(Locale.ROOT);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Link labels match case-insensitively, with runs of white space as one space. */
    private static String normalise(String label) {
        return String.join(" ", label.strip().split("\\s+")).toLowerCase(Locale.ROOT);
    }

    private void error(Node node, String token, String message) {
        int[] pos = position(node, token);
        problems.add(new Problem(file, pos[0], pos[1], message));
    }

    private void warn(Node node, String message) {
        int[] pos = position(node, null);
        problems.add(Problem.warning(file, pos[0], pos[1], message));
    }

    /** The file line and column of {@code token} in the node's source, else of the node. */
    private int[] position(Node node, String token) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            Node parent = node.getParent();
            return parent == null ? new int[] {bodyLine, 1} : position(parent, token);
        }
        for (SourceSpan span : spans) {
            if (token != null && span.getLineIndex() < lines.length) {
                int at = lines[span.getLineIndex()].indexOf(token, span.getColumnIndex());
                if (at >= 0) {
                    return new int[] {bodyLine + span.getLineIndex(), at + 1};
                }
            }
        }
        SourceSpan first = spans.get(0);
        return new int[] {bodyLine + first.getLineIndex(), first.getColumnIndex() + 1};
    }
}
