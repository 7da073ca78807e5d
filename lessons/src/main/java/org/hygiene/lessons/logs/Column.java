package org.hygiene.lessons.logs;

/** A named, typed column of a log table. */
public record Column(String name, ColumnType type) {}
