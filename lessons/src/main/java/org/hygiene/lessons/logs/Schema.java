package org.hygiene.lessons.logs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ordered columns of a table; column names are case-sensitive, as in KQL. */
public final class Schema {
    private final List<Column> columns;
    private final Map<String, Integer> index = new HashMap<>();

    public Schema(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            index.putIfAbsent(this.columns.get(i).name(), i);
        }
    }

    public List<Column> columns() {
        return columns;
    }

    public int size() {
        return columns.size();
    }

    /** The position of a column, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    public Column column(int i) {
        return columns.get(i);
    }
}
