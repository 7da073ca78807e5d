package org.hygiene.lessons.check;

import java.time.Instant;
import org.hygiene.lessons.logs.Row;

/** Read a parsed log row's values as the findings hold them: text, never null. */
final class RowText {
    private RowText() {}

    static Instant time(Row row) {
        return row != null && row.get(0) instanceof Instant t ? t : null;
    }

    static String text(Instant time) {
        return time == null ? "" : time.toString();
    }

    static String str(Row row, String column) {
        Object v = row.get(column);
        return v == null ? "" : v.toString();
    }

    static Long num(Row row, String column) {
        Object v = row.get(column);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
