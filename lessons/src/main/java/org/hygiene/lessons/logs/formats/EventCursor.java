package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Schema;

/** Rows of one event export for {@code Event} or {@code SecurityEvent}. */
final class EventCursor extends CsvExportCursor {
    private static final String SECURITY_PROVIDER = "Microsoft-Windows-Security-Auditing";

    private final boolean security;
    private final Map<String, String> renames;
    private int[] target;
    private ColumnType[] types;
    private int logName = -1;
    private int provider = -1;
    private int message = -1;
    private int id = -1;

    EventCursor(
            InputStream in,
            String display,
            Schema schema,
            RawFilter filter,
            boolean security,
            Map<String, String> renames)
            throws IOException {
        super(in, display, schema, filter);
        this.security = security;
        this.renames = renames;
    }

    @Override
    protected void header(List<String> names) {
        target = new int[names.size()];
        types = new ColumnType[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int index = schema.indexOf(renames.getOrDefault(name, name));
            target[i] = index;
            types[i] = index < 0 ? null : schema.column(index).type();
            switch (name) {
                case "LogName":
                    logName = i;
                    break;
                case "ProviderName":
                    provider = i;
                    break;
                case "Message":
                    message = i;
                    break;
                case "Id":
                    id = i;
                    break;
                default:
                    break;
            }
        }
    }

    private boolean isSecurity(List<String> fields) {
        if (logName >= 0) {
            return fields.get(logName).equalsIgnoreCase("Security");
        }
        return provider >= 0 && fields.get(provider).equals(SECURITY_PROVIDER);
    }

    @Override
    protected boolean fill(List<String> fields, Object[] values) {
        if (isSecurity(fields) != security) {
            return false;
        }
        for (int i = 0; i < target.length; i++) {
            if (target[i] >= 0) {
                values[target[i]] = FieldValues.convert(fields.get(i), types[i]);
            }
        }
        if (security && message >= 0) {
            securityFields(fields.get(message), id >= 0 ? fields.get(id) : "", values);
        }
        return true;
    }

    private void securityFields(String text, String eventId, Object[] values) {
        SecurityMessage.forEach(
                text,
                (column, value) -> {
                    int i = schema.indexOf(column);
                    if (i >= 0 && values[i] == null) {
                        values[i] = FieldValues.convert(value, schema.column(i).type());
                    }
                });
        int firstBreak = text.indexOf('\n');
        String first = (firstBreak < 0 ? text : text.substring(0, firstBreak)).strip();
        set(values, "Activity", eventId.isEmpty() ? first : eventId + " - " + first);
        boolean logon = eventId.equals("4624") || eventId.equals("4625") || eventId.equals("4634");
        String who = logon ? "Target" : "Subject";
        Object user = values[schema.indexOf(who + "UserName")];
        Object domain = values[schema.indexOf(who + "DomainName")];
        if (user != null) {
            set(
                    values,
                    "Account",
                    domain == null || domain.equals("-") ? user : domain + "\\" + user);
        }
        Object image = values[schema.indexOf("NewProcessName")];
        if (image == null) {
            image = values[schema.indexOf("ProcessName")];
        }
        if (image != null) {
            String path = (String) image;
            set(values, "Process", path.substring(path.lastIndexOf('\\') + 1));
        }
    }

    private void set(Object[] values, String column, Object value) {
        int i = schema.indexOf(column);
        if (i >= 0) {
            values[i] = value;
        }
    }
}
