package org.hygiene.lessons.logs;

/**
 * One typed record of a table. Values are {@code String}, {@code Long}, {@code Double}, {@code
 * java.time.Instant}, {@code Boolean} or {@code null}, matching the column's {@link ColumnType}.
 * {@code origin} says which file and line the record came from (null for computed rows).
 */
public record Row(Schema schema, Object[] values, Origin origin) {
    public Row(Schema schema, Object[] values) {
        this(schema, values, null);
    }

    public Object get(int i) {
        return values[i];
    }

    /** The value of a column by name, or null when the table has no such column. */
    public Object get(String column) {
        int i = schema.indexOf(column);
        return i < 0 ? null : values[i];
    }
}
