package org.hygiene.lessons.logs.formats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;

/** What Exchange's own CSV logs share: the {@code #Log-type} header and the {@code #Fields}. */
final class ExchangeLogs {
    private ExchangeLogs() {}

    /** Whether the head's {@code #Log-type} is {@code type}, or the path lies under {@code dir}. */
    static boolean recognises(String path, LogFileHead head, String type, String dir) {
        String logType = head.directive("Log-type");
        if (logType != null) {
            return logType.equalsIgnoreCase(type);
        }
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.contains(dir.toLowerCase(Locale.ROOT)) && lower.endsWith(".log");
    }

    /** The {@code #Fields} names of a head, or an empty list. */
    static List<String> fields(LogFileHead head) {
        String fields = head.directive("Fields");
        List<String> names = new ArrayList<>();
        if (fields != null) {
            Csv.split(fields, names);
        }
        names.replaceAll(String::trim);
        return names;
    }

    /**
     * Columns for {@code #Fields} names that {@code known} lacks, as strings, in first-seen order.
     */
    static List<Column> extras(List<LogFileHead> heads, Set<String> known) {
        Set<String> seen = new LinkedHashSet<>();
        for (LogFileHead head : heads) {
            for (String name : fields(head)) {
                if (!name.isEmpty() && !known.contains(name)) {
                    seen.add(name);
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (String name : seen) {
            columns.add(new Column(name, ColumnType.STRING));
        }
        return columns;
    }
}
