package org.hygiene.lessons.player;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.progress.ItemProgress;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.jline.utils.AttributedString;

/**
 * Replace each exercise block of a lesson with a card written in Markdown: the question, the
 * points, how to answer and the learner's state, never the answer. Rendering stays with the
 * Markdown renderer; the cards are found again in its output by their header and footer text.
 */
final class ExerciseCards {
    /** Where a card landed in the rendered lines (inclusive). */
    record Span(int first, int last) {}

    private ExerciseCards() {}

    /** The lesson body with its exercise blocks replaced by cards. */
    static String inject(
            String body,
            List<ExerciseBlock> blocks,
            UnitProgress progress,
            boolean plain,
            String unitId) {
        if (blocks.isEmpty()) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < blocks.size(); i++) {
            ExerciseBlock b = blocks.get(i);
            for (int l = next; l < Math.min(b.firstBodyLine(), lines.length); l++) {
                out.append(lines[l]).append('\n');
            }
            out.append('\n')
                    .append(card(b, i + 1, blocks.size(), progress, plain, unitId))
                    .append('\n');
            next = Math.max(next, b.lastBodyLine() + 1);
        }
        for (int l = next; l < lines.length; l++) {
            out.append(lines[l]);
            if (l + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String header(int number, int total) {
        return "Exercise " + number + " of " + total;
    }

    static String footer(int number) {
        return "to open exercise " + number;
    }

    private static String card(
            ExerciseBlock b,
            int number,
            int total,
            UnitProgress progress,
            boolean plain,
            String unitId) {
        List<String> md = new ArrayList<>();
        if (b.exercise().isEmpty()) {
            md.add(
                    "**"
                            + header(number, total)
                            + "** cannot be shown: its block has format problems"
                            + " (authors: run `hygiene validate`).");
            md.add("");
            md.add(
                    plain
                            ? "*Nothing " + footer(number) + ".*"
                            : "*Nothing " + footer(number) + ".*");
            return quote(md);
        }
        Exercise e = b.exercise().get();
        String title = e.title().isBlank() ? "" : ": " + escape(e.title());
        md.add(
                "**"
                        + header(number, total)
                        + title
                        + "** ("
                        + e.points()
                        + " points"
                        + (e.hints().isEmpty()
                                ? ""
                                : ", "
                                        + e.hints().size()
                                        + (e.hints().size() == 1 ? " hint" : " hints"))
                        + ")");
        md.add("");
        md.addAll(List.of(e.question().split("\n", -1)));
        md.add("");
        md.add("Answer with " + escape(e.type().form()) + ".");
        md.add("");
        md.add(state(progress.findItem(e.id()).orElse(null), e));
        md.add("");
        md.add(
                plain
                        ? "*Answer it at a prompt: `hygiene exercise "
                                + unitId
                                + " "
                                + number
                                + "`.*"
                        : "*Press Enter or x (or " + number + ") " + footer(number) + ".*");
        return quote(md);
    }

    /** The learner's state with a mark that does not rely on colour: [x], [-] or [ ]. */
    static String state(ItemProgress item, Exercise e) {
        if (item != null && item.solved()) {
            return "\\[x\\] Solved: " + item.points() + " of " + e.points() + " points.";
        }
        if (item != null && item.gaveUp()) {
            return "\\[-\\] Given up: 0 of " + e.points() + " points.";
        }
        String tries =
                item == null || item.attempts() == 0
                        ? ""
                        : " "
                                + item.attempts()
                                + (item.attempts() == 1 ? " attempt" : " attempts")
                                + " so far.";
        return "\\[ \\] Not solved yet." + tries;
    }

    private static String quote(List<String> md) {
        StringBuilder s = new StringBuilder();
        for (String l : md) {
            s.append(l.isEmpty() ? ">" : "> " + l).append('\n');
        }
        return s.toString();
    }

    private static String escape(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }

    /** Find each card in rendered lines, in order; a card not found gets no span. */
    static List<Span> locate(List<AttributedString> rendered, int total) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int n = 1; n <= total; n++) {
            int first = find(rendered, header(n, total), from);
            int last = first < 0 ? -1 : find(rendered, footer(n), first);
            if (first < 0 || last < 0) {
                out.add(new Span(-1, -1));
                continue;
            }
            out.add(new Span(first, last));
            from = last + 1;
        }
        return out;
    }

    private static int find(List<AttributedString> lines, String text, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (lines.get(i).toString().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Pick the card to open for Enter or x: the first whose header is on screen, else the one the
     * screen is inside of; with {@code nearest}, else the closest above or below. Returns the
     * 0-based card index, or -1.
     */
    static int choose(List<Span> spans, int top, int page, boolean nearest) {
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.first() >= top && s.first() < top + page) {
                return i;
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.first() >= 0 && s.first() < top && s.last() >= top) {
                return i;
            }
        }
        if (!nearest) {
            return -1;
        }
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.first() < 0) {
                continue;
            }
            int d = s.first() < top ? top - s.last() : s.first() - (top + page);
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
}
