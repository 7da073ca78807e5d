package org.hygiene.core.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A loaded course: its outline of parts and units, and the folder it came from. */
public record Course(String title, List<Part> parts, Path root) {
    public Course {
        parts = List.copyOf(parts);
    }

    /** Return every unit in outline order. */
    public List<Unit> units() {
        return parts.stream().flatMap(p -> p.units().stream()).toList();
    }

    public Optional<Unit> unit(String id) {
        return units().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** Return the unit after this one in outline order, if any. */
    public Optional<Unit> next(Unit unit) {
        List<Unit> all = units();
        int i = all.indexOf(unit);
        return i >= 0 && i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
    }

    /**
     * Return the number learners know a unit by: lessons count 1, 2, 3 in outline order, and a quiz
     * right after a lesson is that lesson's check and shares its number. Other quizzes (a final
     * exam) have none and go by their id. The map, the listings, the README and {@code hygiene
     * lesson N} / {@code hygiene quiz N} all use this one scheme.
     */
    public OptionalInt number(Unit unit) {
        int lessons = 0;
        Unit previous = null;
        for (Unit u : units()) {
            if (u.kind() == UnitKind.LESSON) {
                lessons++;
            }
            if (u.id().equals(unit.id())) {
                if (u.kind() == UnitKind.LESSON) {
                    return OptionalInt.of(lessons);
                }
                return previous != null && previous.kind() == UnitKind.LESSON
                        ? OptionalInt.of(lessons)
                        : OptionalInt.empty();
            }
            previous = u;
        }
        return OptionalInt.empty();
    }

    /** Return whether {@code unit} is the check of the lesson before it (it shares its number). */
    public boolean isLessonCheck(Unit unit) {
        return unit.kind() == UnitKind.QUIZ && number(unit).isPresent();
    }

    /**
     * Find a unit of {@code kind} by its id or by its number ({@code "3"}: lesson 3, or with {@code
     * QUIZ} the check of lesson 3); a null kind looks for the lesson first.
     */
    public Optional<Unit> find(String idOrNumber, UnitKind kind) {
        Optional<Unit> byId = unit(idOrNumber).filter(u -> kind == null || u.kind() == kind);
        if (byId.isPresent() || idOrNumber.isEmpty() || idOrNumber.length() > 4) {
            return byId;
        }
        for (int i = 0; i < idOrNumber.length(); i++) {
            if (idOrNumber.charAt(i) < '0' || idOrNumber.charAt(i) > '9') {
                return byId;
            }
        }
        int wanted = Integer.parseInt(idOrNumber);
        UnitKind k = kind == null ? UnitKind.LESSON : kind;
        return units().stream()
                .filter(u -> u.kind() == k && number(u).orElse(-1) == wanted)
                .findFirst();
    }

    /**
     * The unit's title as learners see it in a sentence: {@code "3. Hunting the SSRF"} for a
     * lesson, the title alone for a check ({@code "Check: Hunting the SSRF"}) or a final exam.
     */
    public String numberedTitle(Unit unit) {
        OptionalInt n = number(unit);
        return n.isPresent() && unit.kind() == UnitKind.LESSON
                ? n.getAsInt() + ". " + unit.title()
                : unit.title();
    }
}
