package org.hygiene.core.course;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parse {@code course.md}, the outline, in the mdBook {@code SUMMARY.md} style: the first heading
 * is the course title, every later heading starts a part, and each list item holding a link is a
 * unit.
 */
public final class OutlineParser {

    /** A link from the outline, before its file is read. */
    public record Entry(String title, String target, int line, int column) {}

    /** A part heading (on {@code line}, 0 for the implicit first part) and the links under it. */
    public record PartEntry(String title, List<Entry> entries, int line) {}

    /** The parsed outline. */
    public record Outline(String title, List<PartEntry> parts) {}

    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private OutlineParser() {}

    public static Outline parse(String file, String text, List<Problem> problems) {
        Node document = PARSER.parse(FrontMatterParser.stripBom(text));
        List<PartEntry> parts = new ArrayList<>();
        String[] title = {null};
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        String text = textOf(heading);
                        if (title[0] == null) {
                            title[0] = text;
                        } else {
                            parts.add(new PartEntry(text, new ArrayList<>(), lineOf(heading)));
                        }
                    }

                    @Override
                    public void visit(ListItem item) {
                        if (item.getFirstChild() instanceof Paragraph p
                                && !hasLink(p)
                                && spacedTarget(textOf(p)) != null) {
                            String target = spacedTarget(textOf(p));
                            problems.add(
                                    new Problem(
                                            file,
                                            lineOf(item),
                                            1,
                                            "the link to '"
                                                    + target
                                                    + "' has a space in it, which Markdown does"
                                                    + " not allow, so it is no link and the unit"
                                                    + " is not in the course; write it as '(<"
                                                    + target
                                                    + ">)' or rename the file"));
                        } else if (item.getFirstChild() instanceof Paragraph p && !hasLink(p)) {
                            problems.add(
                                    Problem.warning(
                                            file,
                                            lineOf(item),
                                            1,
                                            "this outline item has no link, so it is not in the"
                                                    + " course; write it as '- [Title]"
                                                    + "(lessons/file.md)'"));
                        }
                        visitChildren(item);
                    }

                    @Override
                    public void visit(Link link) {
                        var span =
                                link.getSourceSpans().isEmpty()
                                        ? null
                                        : link.getSourceSpans().get(0);
                        int line = span == null ? 0 : span.getLineIndex() + 1;
                        int column = span == null ? 0 : span.getColumnIndex() + 1;
                        if (parts.isEmpty()) {
                            parts.add(
                                    new PartEntry(
                                            title[0] == null ? "Course" : title[0],
                                            new ArrayList<>(),
                                            0));
                        }
                        parts.get(parts.size() - 1)
                                .entries()
                                .add(new Entry(textOf(link), link.getDestination(), line, column));
                    }
                });
        if (title[0] == null) {
            problems.add(
                    new Problem(
                            file,
                            1,
                            1,
                            "the outline needs a title: start it with '# Course title'"));
        }
        for (PartEntry part : parts) {
            if (part.entries().isEmpty() && part.line() > 0) {
                problems.add(
                        Problem.warning(
                                file,
                                part.line(),
                                1,
                                "the part '"
                                        + part.title()
                                        + "' has no units; list its lessons and quizzes under it"
                                        + " or remove the heading"));
            }
        }
        return new Outline(title[0] == null ? "Course" : title[0], parts);
    }

    /**
     * The target of a would-be link {@code [title](a b.md)} whose target has white space in it
     * (CommonMark then reads the whole thing as text), or null.
     */
    static String spacedTarget(String text) {
        int open = text.indexOf("](");
        int close = open < 0 ? -1 : text.indexOf(')', open + 2);
        if (close < 0 || text.indexOf('[') < 0 || text.indexOf('[') > open) {
            return null;
        }
        String target = text.substring(open + 2, close).strip();
        return target.chars().anyMatch(Character::isWhitespace) ? target : null;
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty()
                ? 0
                : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    private static boolean hasLink(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Link || hasLink(c)) {
                return true;
            }
        }
        return false;
    }

    static String textOf(Node node) {
        StringBuilder s = new StringBuilder();
        node.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        s.append(text.getLiteral());
                    }

                    @Override
                    public void visit(org.commonmark.node.Code code) {
                        s.append(code.getLiteral());
                    }
                });
        return s.toString().strip();
    }
}
