package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * Exchange ECP Server logs ({@code Logging/ECP/Server/ECPServerYYYYMMDD-N.LOG}) as the {@code
 * EcpServer} table: the four logged fields ({@code TimeStamp, ServerName, EventId, EventData}),
 * {@code TimeGenerated}, and each {@code S:KEY=value} pair of {@code EventData} as a column named
 * after its key: {@code CMD} (the cmdlet, dot-joined with its parameters), {@code URL}, {@code EX}
 * (the exception, if any), {@code TIME} (milliseconds), and the rest as listed in {@link #KEYS}.
 */
public final class EcpServerLogFormat implements LogFormat {
    public static final String TABLE = "EcpServer";

    public static final List<String> FIELDS =
            List.of("TimeStamp", "ServerName", "EventId", "EventData");

    /** The EventData keys Exchange 2016 writes, in the order it writes them. */
    public static final List<String> KEYS =
            List.of(
                    "TIME",
                    "SID",
                    "CMD",
                    "REQID",
                    "URL",
                    "REFERRER",
                    "EX",
                    "ACTID",
                    "RS",
                    "BLD",
                    "TNAME",
                    "TID",
                    "USID",
                    "EDOID",
                    "ACID");

    public static final Schema SCHEMA = schema();

    private static Schema schema() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("TimeGenerated", ColumnType.DATETIME));
        columns.add(new Column("TimeStamp", ColumnType.DATETIME));
        columns.add(new Column("ServerName", ColumnType.STRING));
        columns.add(new Column("EventId", ColumnType.STRING));
        columns.add(new Column("EventData", ColumnType.STRING));
        for (String key : KEYS) {
            columns.add(new Column(key, key.equals("TIME") ? ColumnType.LONG : ColumnType.STRING));
        }
        return new Schema(columns);
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public boolean recognises(String path, LogFileHead head) {
        return ExchangeLogs.recognises(path, head, "ECP Server Log", "/Logging/ECP/Server/");
    }

    @Override
    public Schema schema(List<LogFileHead> heads) {
        return SCHEMA;
    }

    @Override
    public RowCursor open(InputStream in, String display, Schema schema, RawFilter filter)
            throws IOException {
        int timeStamp = schema.indexOf("TimeStamp");
        int eventData = schema.indexOf("EventData");
        return new FieldsCsvCursor(in, display, schema, filter, FIELDS) {
            @Override
            protected boolean finish(Object[] values) {
                values[0] = values[timeStamp];
                if (values[0] == null) {
                    return false;
                }
                Object data = values[eventData];
                if (data != null) {
                    EventDataPairs.forEach(
                            (String) data,
                            (key, value) -> {
                                int i = schema.indexOf(key);
                                if (i > eventData && values[i] == null) {
                                    values[i] = FieldValues.convert(value, schema.column(i).type());
                                }
                            });
                }
                return true;
            }
        };
    }
}
