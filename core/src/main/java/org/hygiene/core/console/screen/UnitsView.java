package org.hygiene.core.console.screen;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.pacing.ClassPacing;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The pacing view: every unit numbered as on the learners' map, with whether it is locked (and
 * why), whether everyone is invited to it, and whether it is the room's quiz.
 */
final class UnitsView {
    private UnitsView() {}

    static List<AttributedString> render(
            Course course, ClassPacing pacing, int selected, int width, int height, Theme theme) {
        List<Unit> units = course.units();
        List<AttributedString> lines = new ArrayList<>();
        int room = Math.max(1, height);
        int top = Math.max(0, Math.min(selected - room / 2, units.size() - room));
        for (int i = top; i < Math.min(units.size(), top + room); i++) {
            Unit u = units.get(i);
            String state = pacing.lockReason(u.id()).map(why -> "LOCKED: " + why).orElse("open");
            if (pacing.invitation().filter(inv -> inv.unit().equals(u.id())).isPresent()) {
                state += ", everyone invited";
            }
            if (pacing.roomQuizFor(u.id()).isPresent()) {
                state += ", room quiz running";
            }
            String left =
                    (i == selected ? "> " : "  ")
                            + (u.kind() == UnitKind.QUIZ ? "[quiz] " : "")
                            + course.numberedTitle(u);
            int titleWidth = Math.max(10, width - Math.min(state.length(), width / 2) - 2);
            String text = Cells.left(left, titleWidth) + "  " + state;
            AttributedStyle style =
                    i == selected
                            ? theme.selected()
                            : pacing.lockReason(u.id()).isPresent()
                                    ? theme.strong()
                                    : AttributedStyle.DEFAULT;
            lines.add(new AttributedString(Cells.left(text, width), style));
        }
        return lines;
    }
}
