package org.hygiene.lessons.hunt;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * A log table held in memory for tests. Each row keeps a raw text (its cells joined by {@code |})
 * so that raw pre-filters are applied as a real reader would apply them.
 */
public final class MemoryTable implements LogTable {
    private final String name;
    private final Schema schema;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<String> raw = new ArrayList<>();
    private final boolean honourFilter;

    /** The filter the last {@link #open} got, so tests can check what the engine derived. */
    public final AtomicReference<RawFilter> lastFilter = new AtomicReference<>();

    public MemoryTable(String name, Schema schema, boolean honourFilter) {
        this.name = name;
        this.schema = schema;
        this.honourFilter = honourFilter;
    }

    /**
     * Build a table from a header line {@code Name:type | Name:type} and pipe-separated rows; an
     * empty cell is null for non-strings and "" for strings; {@code \|} is a literal bar.
     */
    public static MemoryTable parse(String name, String text, boolean honourFilter) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<Column> columns = new ArrayList<>();
        for (String cell : cells(lines.get(0))) {
            String[] parts = cell.split(":");
            columns.add(
                    new Column(
                            parts[0].strip(), ColumnType.valueOf(parts[1].strip().toUpperCase())));
        }
        MemoryTable t = new MemoryTable(name, new Schema(columns), honourFilter);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                String c = i < cells.size() ? cells.get(i) : "";
                values[i] = value(columns.get(i).type(), c);
            }
            t.add(line, values);
        }
        return t;
    }

    public void add(String rawText, Object... values) {
        raw.add(rawText);
        rows.add(values);
    }

    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }

    private static Object value(ColumnType type, String c) {
        if (type == ColumnType.STRING) {
            return c;
        }
        if (c.isEmpty()) {
            return null;
        }
        return switch (type) {
            case LONG -> Long.parseLong(c);
            case REAL -> Double.parseDouble(c);
            case DATETIME -> Instant.parse(c);
            case BOOL -> Boolean.parseBoolean(c);
            default -> c;
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public RowCursor open(RawFilter filter) {
        lastFilter.set(filter);
        return new RowCursor() {
            int at;

            @Override
            public Row next() throws IOException {
                while (at < rows.size()) {
                    int i = at++;
                    if (!honourFilter || filter.mayMatch(raw.get(i))) {
                        return new Row(schema, rows.get(i).clone());
                    }
                }
                return null;
            }

            @Override
            public long rejected() {
                return 0;
            }

            @Override
            public void close() {}
        };
    }
}
