package org.hygiene.core.console.screen;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.console.RoomRow;
import org.hygiene.core.markdown.Theme;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The room: one row per learner, with a header, the selected row highlighted, stuck learners
 * marked, scrolled to keep the selection in view; under it, the selected learner's details.
 */
final class RoomView {
    /** Columns besides the learner's name and unit, which share what is left. */
    private static final int FIXED = 2 + 3 + 5 + 6 + 5 + 6 + 6 + 6 + 6;

    private RoomView() {}

    static List<AttributedString> render(
            List<RoomRow> rows, int selected, int width, int height, Theme theme) {
        List<AttributedString> lines = new ArrayList<>();
        int name = Math.max(6, Math.min(14, (width - FIXED) / 3));
        int unit = Math.max(8, width - FIXED - name);
        lines.add(
                new AttributedString(
                        line(
                                "  ",
                                Cells.left("LEARNER", name),
                                "   ",
                                Cells.left("UNIT", unit),
                                Cells.right("DONE", 5),
                                Cells.right("PTS", 6),
                                Cells.right("HINT", 5),
                                Cells.right("WRONG", 6),
                                Cells.right("QUIZ", 6),
                                Cells.right("IDLE", 6),
                                Cells.right("", 5)),
                        theme.faint()));
        if (rows.isEmpty()) {
            lines.add(AttributedString.EMPTY);
            lines.add(
                    new AttributedString(
                            "  No learners yet: add them with hygiene class add.", theme.faint()));
            return lines;
        }
        int room = Math.max(1, height - 1);
        int top = Math.max(0, Math.min(selected - room / 2, rows.size() - room));
        for (int i = top; i < Math.min(rows.size(), top + room); i++) {
            lines.add(row(rows.get(i), i == selected, name, unit, width, theme));
        }
        return lines;
    }

    private static AttributedString row(
            RoomRow r, boolean selected, int name, int unit, int width, Theme theme) {
        String place = r.unitNumber() == 0 ? "-" : r.unitTitle();
        if (!r.place().isEmpty() && r.unitNumber() > 0) {
            place = r.place() + " in " + r.unitTitle();
        }
        String text =
                line(
                        selected ? "> " : "  ",
                        Cells.left(r.name(), name),
                        r.connected() ? " * " : "   ",
                        Cells.left(place, unit),
                        Cells.right(String.valueOf(r.unitsDone()), 5),
                        Cells.right(Cells.number(r.points()), 6),
                        Cells.right(String.valueOf(r.hints()), 5),
                        Cells.right(String.valueOf(r.wrongAnswers()), 6),
                        Cells.right(r.quizMean().map(Cells::percent).orElse("-"), 6),
                        Cells.right(Cells.ago(r.idle()), 6));
        AttributedStyle base =
                selected
                        ? theme.selected()
                        : r.connected() ? AttributedStyle.DEFAULT : theme.faint();
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append(text, base);
        if (r.stuck() != null) {
            b.append(" STUCK", selected ? base : theme.strong());
        }
        return b.toAttributedString().columnSubSequence(0, width);
    }

    /** The selected learner in full: where, quizzes, why stuck. */
    static List<AttributedString> details(RoomRow r, String address, int width, Theme theme) {
        List<AttributedString> lines = new ArrayList<>();
        String where =
                r.unitNumber() == 0
                        ? "not started"
                        : "in "
                                + r.unitTitle()
                                + (r.place().isEmpty() ? "" : " (" + r.place() + ")");
        String who =
                r.name()
                        + (r.connected()
                                ? " connected" + (address == null ? "" : " from " + address)
                                : " not connected")
                        + ", "
                        + where;
        lines.add(new AttributedString(Cells.left(who, width).stripTrailing(), theme.strong()));
        StringBuilder quiz = new StringBuilder("Quizzes: ");
        if (r.quizPercents().isEmpty()) {
            quiz.append("none graded yet");
        }
        for (RoomRow.QuizPercent q : r.quizPercents()) {
            if (quiz.length() > "Quizzes: ".length()) {
                quiz.append("; ");
            }
            quiz.append(q.unitTitle()).append(" ");
            quiz.append(Cells.percent(q.percent()));
        }
        lines.add(new AttributedString(Cells.left(quiz.toString(), width).stripTrailing()));
        if (r.stuck() != null) {
            lines.add(
                    new AttributedString(
                            Cells.left("Stuck: " + r.stuck(), width).stripTrailing(),
                            theme.strong()));
        }
        return lines;
    }

    private static String line(String... cells) {
        return String.join("", cells);
    }
}
