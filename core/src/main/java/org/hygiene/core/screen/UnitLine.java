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

    /** The most detailed description, as listings print it. */
    static String details(Unit unit, UnitProgress p) {
        return details(unit, p, 0);
    }

    /** How many shorter forms {@link #details(Unit, UnitProgress, int)} has after the first. */
    static final int SHORTEST = 3;

    /**
     * Describe a unit at {@code level} of brevity: 0 says everything ({@code lesson, 35 min, read,
     * exercises 2 of 4, score 45/50}); 1 drops the kind and the word "score"; 2 drops the minutes
     * of a unit already started and writes {@code exercises 2/4}; 3 writes {@code ex 2/4}. Every
     * level keeps every figure of progress, so a narrow map shortens words, never numbers.
     */
    static String details(Unit unit, UnitProgress p, int level) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        boolean started = p != null && p.state() != UnitState.NEW;
        String minutes = unit.minutes() > 0 ? unit.minutes() + " min" : "";
        if (level == 0) {
            String kind = unit.kind().name().toLowerCase(Locale.ROOT);
            parts.add(minutes.isEmpty() ? kind : kind + ", " + minutes);
        } else if (!minutes.isEmpty() && (level == 1 || !started)) {
            parts.add(minutes);
        }
        if (p != null && !p.items().isEmpty()) {
            // Reading and the exercises are told apart: a hands-on lesson is done only when both
            // are.
            if (p.read()) {
                parts.add("read");
            }
            int done = p.exercisesFinished();
            int all = p.items().size();
            parts.add(
                    switch (level) {
                        case 0, 1 -> "exercises " + done + " of " + all;
                        case 2 -> "exercises " + done + "/" + all;
                        default -> "ex " + done + "/" + all;
                    });
        } else if (p != null && p.read() && p.state() != UnitState.DONE) {
            parts.add("read");
        }
        if (p != null && p.maxScore() > 0) {
            parts.add((level == 0 ? "score " : "") + p.scoreText());
        }
        return String.join(", ", parts);
    }

    /**
     * A plain line such as {@code " 3. [x] done Hunting the SSRF (lesson, 15 min) id: ..."}; {@code
     * number} is the unit's number as {@code Course.number} gives it, or blank for a check (listed
     * under its lesson) or a unit without one.
     */
    static String plain(String number, Unit unit, UnitProgress p) {
        return String.format(
                Locale.ROOT,
                "%4s %s %-8s %s (%s)  id: %s",
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
