package org.hygiene.lessons.logs.formats;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Schema;

/**
 * A cursor over Exchange's own CSV logs (HttpProxy, ECP, OAB generator): each value goes to the
 * column its {@code #Fields} name gives, so files written by different builds, with more or fewer
 * fields, land in the same table. A record whose field count differs from its header's is rejected
 * (usually a line cut off when the server stopped).
 */
class FieldsCsvCursor extends LineRowCursor {
    private final List<String> fields = new ArrayList<>();
    private final List<String> defaultFields;
    private int[] target;
    private ColumnType[] types;

    FieldsCsvCursor(
            InputStream in,
            String display,
            Schema schema,
            RawFilter filter,
            List<String> defaultFields) {
        super(in, display, schema, filter);
        this.defaultFields = defaultFields;
        map(defaultFields);
    }

    @Override
    protected void directive(String line) {
        if (line.startsWith("#Fields:")) {
            List<String> names = new ArrayList<>();
            Csv.split(line.substring("#Fields:".length()).trim(), names);
            map(names.isEmpty() ? defaultFields : names);
        }
    }

    private void map(List<String> names) {
        target = new int[names.size()];
        types = new ColumnType[names.size()];
        for (int i = 0; i < names.size(); i++) {
            int index = schema.indexOf(names.get(i).trim());
            target[i] = index;
            types[i] = index < 0 ? null : schema.column(index).type();
        }
    }

    @Override
    protected boolean parse(String line, Object[] values) {
        if (!Csv.split(line, fields) || fields.size() != target.length) {
            return false;
        }
        for (int i = 0; i < target.length; i++) {
            if (target[i] >= 0) {
                values[target[i]] = FieldValues.convert(fields.get(i), types[i]);
            }
        }
        return finish(values);
    }

    /** Derive computed columns; false rejects the record. */
    protected boolean finish(Object[] values) {
        return true;
    }
}
