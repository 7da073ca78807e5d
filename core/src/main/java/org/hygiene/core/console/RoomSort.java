package org.hygiene.core.console;

import java.time.Duration;
import java.util.Comparator;

/** The orders the console's room can be sorted in; {@code s} steps through them. */
public enum RoomSort {
    NAME("name", Comparator.comparing(RoomRow::name)),
    STUCK(
            "stuck first",
            Comparator.comparing((RoomRow r) -> r.stuck() == null).thenComparing(RoomRow::name)),
    PLACE(
            "furthest unit",
            Comparator.comparingInt((RoomRow r) -> -r.unitNumber()).thenComparing(RoomRow::name)),
    DONE(
            "most units done",
            Comparator.comparingInt((RoomRow r) -> -r.unitsDone()).thenComparing(RoomRow::name)),
    POINTS(
            "most points",
            Comparator.comparingDouble((RoomRow r) -> -r.points()).thenComparing(RoomRow::name)),
    IDLE(
            "longest idle",
            Comparator.comparing(
                            (RoomRow r) -> r.idle() == null ? Duration.ofDays(-1) : r.idle(),
                            Comparator.reverseOrder())
                    .thenComparing(RoomRow::name));

    private final String label;
    private final Comparator<RoomRow> order;

    RoomSort(String label, Comparator<RoomRow> order) {
        this.label = label;
        this.order = order;
    }

    public String label() {
        return label;
    }

    public Comparator<RoomRow> order() {
        return order;
    }

    public RoomSort next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
