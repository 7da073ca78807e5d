package org.hygiene.lessons.hunt.lang;

import java.util.List;

/** A parsed query: its {@code let} statements, then exactly one tabular expression. */
public record Query(String text, List<Statement> lets, Pipeline body) {}
