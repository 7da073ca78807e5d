package org.hygiene.lessons.hunt.lang;

import java.util.List;

/** A source followed by tabular operators: {@code HttpProxy | where ... | count}. */
public record Pipeline(Op source, List<Op> ops, int start, int end) {}
