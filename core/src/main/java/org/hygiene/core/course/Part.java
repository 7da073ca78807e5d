package org.hygiene.core.course;

import java.util.List;

/** A titled group of units in the outline ("Part 1: What happened"). */
public record Part(String title, List<Unit> units) {
    public Part {
        units = List.copyOf(units);
    }
}
