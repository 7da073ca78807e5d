package org.hygiene.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hygiene.core.course.Unit;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** How a unit is described in the course map and in listings. */
final class UnitLine {
    private UnitLine() {}

    static String state(UnitProgress p) {
        return p == null ? UnitState.NEW.label() : p.state().label();
    }

    static String mark(UnitProgress p) {
        UnitState s = p == null ? UnitState.NEW : p.state();
        return switch (s) {
            case NEW -> "[ ]";
            case STARTED -> "[~]";
            case DONE -> "[x]";
        };
    }

    static String details(Unit unit, UnitProgress p) {
        StringBuilder s = new StringBuilder(unit.kind().name().toLowerCase(Locale.ROOT));
        if (unit.minutes() > 0) {
            s.append(", ").append(unit.minutes()).append(" min");
        }
        if (p != null && !p.items().isEmpty()) {
            // Reading and the exercises are told apart: a hands-on lesson is done only when both
            // are.
            if (p.read()) {
                s.append(", read");
            }
            s.append(", exercises ")
                    .append(p.exercisesFinished())
                    .append(" of ")
                    .append(p.items().size());
        } else if (p != null && p.read() && p.state() != UnitState.DONE) {
            s.append(", read");
        }
        if (p != null && p.maxScore() > 0) {
            s.append(", score ").append(p.score()).append('/').append(p.maxScore());
        }
        return s.toString();
    }

    /** A plain line such as {@code " 3. [x] done Hunting the SSRF (lesson, 15 min)"}. */
    static String plain(int number, Unit unit, UnitProgress p) {
        return String.format(
                Locale.ROOT,
                "%3d. %s %-8s %s (%s)  id: %s",
                number,
                mark(p),
                state(p),
                Sanitizer.clean(unit.title()),
                details(unit, p),
                unit.id());
    }

    /**
     * The unit's objectives (front matter {@code objectives}), wrapped under the map's selected
     * line so that a learner sees what a lesson is for while choosing it; empty when it has none.
     */
    static List<AttributedString> objectives(
            Unit unit, int indent, int width, AttributedStyle style) {
        List<String> objectives = unit.frontMatter().list("objectives");
        List<AttributedString> lines = new ArrayList<>();
        if (objectives.isEmpty()) {
            return lines;
        }
        String pad = " ".repeat(indent);
        int room = Math.max(20, width - indent - 3);
        lines.add(new AttributedString(pad + "You will learn to:", style));
        for (String objective : objectives) {
            List<AttributedString> wrapped =
                    Wrap.words(
                            new AttributedString(
                                    Sanitizer.clean(objective.strip().replace("`", "")), style),
                            room);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(
                        new AttributedString(pad + (i == 0 ? "- " : "  ") + wrapped.get(i), style));
            }
        }
        return lines;
    }
}
