package org.hygiene.core.course;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
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

    /** A part heading and the links under it. */
    public record PartEntry(String title, List<Entry> entries) {}

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
                            parts.add(new PartEntry(text, new ArrayList<>()));
                        }
                    }

                    @Override
                    public void visit(ListItem item) {
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
                                            new ArrayList<>()));
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
        return new Outline(title[0] == null ? "Course" : title[0], parts);
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
