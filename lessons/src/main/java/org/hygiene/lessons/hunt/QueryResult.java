package org.hygiene.lessons.hunt;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.lessons.hunt.lang.KqlValues;
import org.hygiene.lessons.hunt.lang.ResultColumn;

/**
 * The rows of a query. Values are {@code String}, {@code Long}, {@code Double}, {@code
 * java.time.Instant}, {@code java.time.Duration}, {@code Boolean}, {@code List} or null.
 *
 * @param totalRows how many rows the query produced; more than {@code rows.size()} when the
 *     collection was capped
 * @param rejected records skipped because they could not be parsed
 * @param skipped the first of those records: where, why and how they begin
 */
public record QueryResult(
        List<ResultColumn> columns,
        List<List<Object>> rows,
        long totalRows,
        long rejected,
        List<org.hygiene.lessons.logs.SkippedLine> skipped) {
    public QueryResult {
        skipped = List.copyOf(skipped);
    }

    /** A result with no details of the records skipped. */
    public QueryResult(
            List<ResultColumn> columns, List<List<Object>> rows, long totalRows, long rejected) {
        this(columns, rows, totalRows, rejected, List.of());
    }

    /** Every row rendered as text, in KQL's display format (for tests and answer checks). */
    public List<List<String>> text() {
        List<List<String>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            out.add(row.stream().map(KqlValues::format).toList());
        }
        return out;
    }

    public List<String> columnNames() {
        return columns.stream().map(ResultColumn::name).toList();
    }

    /** The values of one column, by name. */
    public List<Object> column(String name) {
        int at = columnNames().indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columnNames());
        }
        List<Object> out = new ArrayList<>();
        for (List<Object> row : rows) {
            out.add(row.get(at));
        }
        return out;
    }
}
