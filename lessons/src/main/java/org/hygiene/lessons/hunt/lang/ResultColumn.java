package org.hygiene.lessons.hunt.lang;

/** A column of a query's result. */
public record ResultColumn(String name, ValueType type) {}
