package org.hygiene.lessons.hunt.lang;

import java.util.List;

/** A tabular operator after a {@code |}, or a tabular source, with its offsets. */
public sealed interface TabularOp {
    int start();

    /** An output column: {@code name = expr}, or just {@code expr} (name derived). */
    record Item(String name, Expr expr, int start) {}

    /** A sort key. */
    record SortKey(Expr expr, boolean ascending, Boolean nullsFirst) {}

    /** A table name or a tabular {@code let} name as the start of a pipeline. */
    record TableRef(String name, int start, int end) implements TabularOp {}

    /** {@code union T1, T2} as a source, or {@code | union T2} as an operator. */
    record Union(List<Pipeline> tables, String withSource, int start) implements TabularOp {}

    /** {@code search [in (T1, T2)] predicate}; as a source when tables may be empty (all). */
    record Search(List<TableRef> tables, Expr predicate, boolean source, int start)
            implements TabularOp {}

    record Where(Expr predicate, int start) implements TabularOp {}

    record Project(List<Item> items, int start) implements TabularOp {}

    record ProjectAway(List<Expr.Name> patterns, int start) implements TabularOp {}

    record ProjectKeep(List<Expr.Name> patterns, int start) implements TabularOp {}

    record ProjectRename(List<Item> renames, int start) implements TabularOp {}

    record Extend(List<Item> items, int start) implements TabularOp {}

    record Summarize(List<Item> aggregates, List<Item> by, int start) implements TabularOp {}

    record Sort(List<SortKey> keys, int start) implements TabularOp {}

    record Take(Expr count, int start) implements TabularOp {}

    record Top(Expr count, SortKey key, int start) implements TabularOp {}

    record Distinct(List<Item> items, int start) implements TabularOp {}

    record Count(int start) implements TabularOp {}
}
