package org.hygiene.core.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.hygiene.core.markdown.MarkdownParser;
import org.hygiene.core.markdown.TerminalMarkdown;

/**
 * Cut a lesson body into slides. Only top-level blocks decide where a slide ends, so a heading or a
 * comment inside a code block or a list never starts one.
 */
public final class DeckSplitter {
    private DeckSplitter() {}

    /**
     * Split {@code body}; blocks for which {@code standalone} holds (a lesson's exercises) get a
     * slide of their own.
     */
    public static Deck split(String title, String body, Predicate<Node> standalone) {
        String[] lines = body.split("\n", -1);
        Node document = MarkdownParser.parse(body);
        boolean explicit = false;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock h && SlideComments.isEndSlide(h.getLiteral())) {
                explicit = true;
                break;
            }
        }
        List<Slide> slides = new ArrayList<>();
        Builder current = new Builder(0, null);
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            int first = firstLine(n);
            int last = lastLine(n);
            if (n instanceof HtmlBlock h) {
                if (SlideComments.isEndSlide(h.getLiteral())) {
                    current.close(lines, last + 1, title, slides);
                    current = new Builder(last + 1, current.lastHeading);
                    continue;
                }
                SlideComments.speakerNote(h.getLiteral()).ifPresent(current.notes::add);
                continue;
            }
            if (standalone.test(n)) {
                current.close(lines, first, title, slides);
                Builder own = new Builder(first, current.lastHeading);
                own.standalone = true;
                own.hasContent = true;
                own.close(lines, last + 1, title, slides);
                current = new Builder(last + 1, current.lastHeading);
                continue;
            }
            if (!explicit && n instanceof Heading h && h.getLevel() <= 2 && current.hasContent) {
                current.close(lines, first, title, slides);
                current = new Builder(first, null);
            }
            if (n instanceof Heading h) {
                current.lastHeading = TerminalMarkdown.plainText(h).strip();
                if (!current.ownHeading) {
                    current.heading = current.lastHeading;
                    current.ownHeading = true;
                }
            }
            current.hasContent = true;
        }
        current.close(lines, lines.length, title, slides);
        if (slides.isEmpty()) {
            slides.add(new Slide(title, "", List.of(), 0, false));
        }
        return new Deck(title, slides);
    }

    private static int firstLine(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    private static int lastLine(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
    }

    /** A slide being collected: from a body line up to where the next one starts. */
    private static final class Builder {
        final int start;
        final List<String> notes = new ArrayList<>();
        String heading;
        String lastHeading;
        boolean ownHeading;
        boolean hasContent;
        boolean standalone;

        /**
         * Start at {@code start}; until the slide has a heading of its own it goes on {@code
         * inherited}'s section.
         */
        Builder(int start, String inherited) {
            this.start = start;
            this.heading = inherited;
            this.lastHeading = inherited;
        }

        void close(String[] lines, int end, String deckTitle, List<Slide> out) {
            if (!hasContent && notes.isEmpty()) {
                return;
            }
            if (!hasContent && !out.isEmpty()) {
                // Notes after the last block of a slide belong to that slide.
                Slide prev = out.remove(out.size() - 1);
                List<String> merged = new ArrayList<>(prev.notes());
                merged.addAll(notes);
                out.add(
                        new Slide(
                                prev.title(),
                                prev.markdown(),
                                merged,
                                prev.firstLine(),
                                prev.standalone()));
                return;
            }
            StringBuilder md = new StringBuilder();
            for (int i = start; i < Math.min(end, lines.length); i++) {
                md.append(lines[i]).append('\n');
            }
            String title = heading != null ? heading : deckTitle;
            out.add(new Slide(title, md.toString().strip() + "\n", notes, start, standalone));
        }
    }
}
