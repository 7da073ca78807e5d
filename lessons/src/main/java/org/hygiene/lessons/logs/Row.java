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

    /** The origin and the non-null values, for messages and debugging. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Row[").append(origin);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.append(", ").append(schema.column(i).name()).append('=').append(values[i]);
            }
        }
        return out.append(']').toString();
    }
}
