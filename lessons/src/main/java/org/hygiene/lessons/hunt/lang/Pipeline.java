package org.hygiene.lessons.hunt.lang;

import java.util.List;

/** A source followed by tabular operators: {@code HttpProxy | where ... | count}. */
public record Pipeline(TabularOp source, List<TabularOp> ops, int start, int end) {}
