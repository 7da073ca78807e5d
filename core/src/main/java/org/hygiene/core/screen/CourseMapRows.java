package org.hygiene.core.screen;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.course.Unit;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.jline.utils.AttributedString;

/**
 * Lay out the course map's unit rows in aligned columns (mark, number, title, state, details) that
 * fit the screen width. When room runs short the details get shorter words first, then titles are
 * cut with an ellipsis; a figure of progress (a score, exercises n of m) is never cut.
 */
final class CourseMapRows {
    private static final int MIN_TITLE = 12;

    private record Row(
            String mark, String number, String title, String state, List<String> details) {}

    private final List<Row> rows = new ArrayList<>();
    private final int numberWidth;

    CourseMapRows(Session session) {
        int widest = 1;
        for (Unit unit : session.course().units()) {
            UnitProgress p = session.progress().find(unit.id()).orElse(null);
            // A lesson's check shares its number; only the lesson shows it, the check sits under.
            String number = PlainCourseMap.numberLabel(session.course(), unit);
            widest = Math.max(widest, number.length());
            List<String> details = new ArrayList<>();
            java.util.Optional<String> lock = session.pacing().lockReason(unit.id());
            for (int level = 0; level <= UnitLine.SHORTEST; level++) {
                details.add(
                        lock.map(why -> "locked: " + Sanitizer.clean(why))
                                .orElse(UnitLine.details(unit, p, level)));
            }
            rows.add(
                    new Row(
                            UnitLine.mark(p),
                            number,
                            Sanitizer.clean(unit.title()),
                            UnitLine.state(p),
                            details));
        }
        this.numberWidth = widest;
    }

    /** The rows laid out for {@code width} columns, one per unit in outline order. */
    List<String> lines(int width) {
        int usable = Math.max(1, width - 1); // the last column is left empty: no auto-wrap
        int titles = rows.stream().mapToInt(r -> cells(r.title())).max().orElse(0);
        for (boolean withState : new boolean[] {true, false}) {
            int states =
                    withState ? rows.stream().mapToInt(r -> r.state().length()).max().orElse(0) : 0;
            int fixed = 2 + 4 + numberWidth + 1 + 2 + (withState ? states + 2 : 0);
            for (int level = 0; level <= UnitLine.SHORTEST; level++) {
                int details = widestDetails(level);
                int titleRoom = usable - fixed - details;
                if (titleRoom >= titles || (level == UnitLine.SHORTEST && titleRoom >= MIN_TITLE)) {
                    return layout(Math.min(titles, titleRoom), withState ? states : -1, level);
                }
            }
        }
        return layout(MIN_TITLE, -1, UnitLine.SHORTEST); // tiny screens: the screen cuts lines
    }

    private int widestDetails(int level) {
        return rows.stream().mapToInt(r -> cells(r.details().get(level))).max().orElse(0);
    }

    private List<String> layout(int titleWidth, int stateWidth, int level) {
        List<String> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            StringBuilder b = new StringBuilder();
            b.append(r.mark()).append(' ');
            b.append(" ".repeat(numberWidth - r.number().length())).append(r.number()).append(' ');
            String title = Wrap.fit(new AttributedString(r.title()), titleWidth).toString();
            b.append(title).append(" ".repeat(Math.max(0, titleWidth - cells(title)))).append("  ");
            if (stateWidth >= 0) {
                b.append(r.state())
                        .append(" ".repeat(stateWidth - r.state().length()))
                        .append("  ");
            }
            b.append(r.details().get(level));
            out.add(b.toString().stripTrailing());
        }
        return out;
    }

    private static int cells(String s) {
        return new AttributedString(s).columnLength();
    }
}
