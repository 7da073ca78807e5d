package org.hygiene.core.screen;

import java.util.Locale;
import org.hygiene.core.course.Unit;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.progress.UnitState;
import org.hygiene.core.text.Sanitizer;

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
}
