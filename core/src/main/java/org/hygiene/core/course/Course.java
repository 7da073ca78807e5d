package org.hygiene.core.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
}
