package org.hygiene.lessons.hunt;

/** A column of a query's result. */
public record ResultColumn(String name, ValueType type) {}
