package org.hygiene.lessons.hunt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hygiene.core.text.CsvWriter;
import org.hygiene.core.text.JsonText;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.hunt.QueryResult;
import org.hygiene.lessons.hunt.ResultCursor;
import org.hygiene.lessons.hunt.lang.KqlValues;
import org.hygiene.lessons.hunt.lang.ResultColumn;
import org.hygiene.lessons.hunt.shell.ResultTable;

/** Write a query's rows for scripts: CSV and JSON stream row by row; a table is laid out whole. */
final class ResultWriter {
    /** The output formats of one-shot mode. */
    enum Format {
        table,
        csv,
        json
    }

    private ResultWriter() {}

    /**
     * Write every row of {@code cursor}; {@code width} 0 means do not fit a table to a terminal.
     */
    static long write(ResultCursor cursor, Format format, PrintWriter out, int width)
            throws IOException {
        return switch (format) {
            case csv -> csv(cursor, out);
            case json -> json(cursor, out);
            case table -> table(cursor, out, width);
        };
    }

    private static long csv(ResultCursor cursor, PrintWriter out) throws IOException {
        List<String> header = new ArrayList<>();
        for (ResultColumn c : cursor.columns()) {
            header.add(csvField(c.name()));
        }
        out.print(String.join(",", header) + "\r\n");
        long n = 0;
        for (Object[] row = cursor.next(); row != null; row = cursor.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(csvField(KqlValues.format(row[i])));
            }
            out.print(b.append("\r\n"));
            n++;
        }
        out.flush();
        return n;
    }

    /**
     * One CSV field: control characters made visible (the output may reach a terminal), then the
     * shared writer's formula guard and quoting.
     */
    static String csvField(String value) {
        return CsvWriter.cell(Sanitizer.clean(value), CsvWriter.Quoting.MINIMAL);
    }

    private static long json(ResultCursor cursor, PrintWriter out) throws IOException {
        List<ResultColumn> cols = cursor.columns();
        out.print("[");
        long n = 0;
        for (Object[] row = cursor.next(); row != null; row = cursor.next()) {
            // One row a line, so a script can stream it; the shared writer escapes every value.
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                object.put(cols.get(i).name(), jsonValue(row[i]));
            }
            out.print(n == 0 ? "\n  " : ",\n  ");
            out.print(JsonText.line(object));
            n++;
        }
        out.print(n == 0 ? "]\n" : "\n]\n");
        out.flush();
        return n;
    }

    /** A value as JSON sees it: numbers and booleans stay typed, the rest as KQL shows it. */
    static Object jsonValue(Object v) {
        if (v == null || v instanceof Long || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : d;
        }
        if (v instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object o : list) {
                items.add(jsonValue(o));
            }
            return items;
        }
        return KqlValues.format(v);
    }

    private static long table(ResultCursor cursor, PrintWriter out, int width) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] row = cursor.next(); row != null; row = cursor.next()) {
            rows.add(java.util.Arrays.asList(row));
        }
        QueryResult r = new QueryResult(cursor.columns(), rows, rows.size(), cursor.rejected());
        ResultTable.render(r, width > 0 ? width : Integer.MAX_VALUE / 4, width <= 0)
                .forEach(line -> out.println(line.toString()));
        out.flush();
        return rows.size();
    }
}
