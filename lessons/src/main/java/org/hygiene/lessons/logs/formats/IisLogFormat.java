package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * IIS W3C extended logs ({@code inetpub/logs/LogFiles/W3SVC<n>/u_exYYMMDD.log}) as Microsoft
 * Sentinel's {@code W3CIISLog} table: fields are read by each file's {@code #Fields} line (which
 * may change mid-file after a restart) and renamed as Sentinel names them. {@code sSiteName} comes
 * from the W3SVC folder as Sentinel's agent reports it; {@code Computer} is the collected host's
 * name. Status codes are strings, as in Sentinel.
 */
public final class IisLogFormat implements LogFormat {
    public static final String TABLE = "W3CIISLog";

    /** W3C field name to Sentinel column; {@code date} and {@code time} make TimeGenerated. */
    private static final Map<String, String> COLUMNS =
            Map.ofEntries(
                    Map.entry("s-sitename", "sSiteName"),
                    Map.entry("s-computername", "Computer"),
                    Map.entry("s-ip", "sIP"),
                    Map.entry("cs-method", "csMethod"),
                    Map.entry("cs-uri-stem", "csUriStem"),
                    Map.entry("cs-uri-query", "csUriQuery"),
                    Map.entry("s-port", "sPort"),
                    Map.entry("cs-username", "csUserName"),
                    Map.entry("c-ip", "cIP"),
                    Map.entry("cs-version", "csVersion"),
                    Map.entry("cs(User-Agent)", "csUserAgent"),
                    Map.entry("cs(Cookie)", "csCookie"),
                    Map.entry("cs(Referer)", "csReferer"),
                    Map.entry("cs-host", "csHost"),
                    Map.entry("sc-status", "scStatus"),
                    Map.entry("sc-substatus", "scSubStatus"),
                    Map.entry("sc-win32-status", "scWin32Status"),
                    Map.entry("sc-bytes", "scBytes"),
                    Map.entry("cs-bytes", "csBytes"),
                    Map.entry("time-taken", "TimeTaken"));

    public static final Schema SCHEMA =
            new Schema(
                    List.of(
                            new Column("TimeGenerated", ColumnType.DATETIME),
                            new Column("Computer", ColumnType.STRING),
                            new Column("sSiteName", ColumnType.STRING),
                            new Column("sIP", ColumnType.STRING),
                            new Column("csMethod", ColumnType.STRING),
                            new Column("csUriStem", ColumnType.STRING),
                            new Column("csUriQuery", ColumnType.STRING),
                            new Column("sPort", ColumnType.LONG),
                            new Column("csUserName", ColumnType.STRING),
                            new Column("cIP", ColumnType.STRING),
                            new Column("csUserAgent", ColumnType.STRING),
                            new Column("csReferer", ColumnType.STRING),
                            new Column("scStatus", ColumnType.STRING),
                            new Column("scSubStatus", ColumnType.STRING),
                            new Column("scWin32Status", ColumnType.STRING),
                            new Column("TimeTaken", ColumnType.LONG),
                            new Column("csHost", ColumnType.STRING),
                            new Column("csVersion", ColumnType.STRING),
                            new Column("csCookie", ColumnType.STRING),
                            new Column("csBytes", ColumnType.LONG),
                            new Column("scBytes", ColumnType.LONG)));

    private static final Pattern SITE = Pattern.compile("(?i)(?:^|/)W3SVC(\\d+)/");

    private final String computer;

    /** {@code computer}: the collected host's name, for the {@code Computer} column. */
    public IisLogFormat(String computer) {
        this.computer = computer;
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public boolean recognises(String path, LogFileHead head) {
        String software = head.directive("Software");
        if (software != null) {
            return software.startsWith("Microsoft Internet Information Services");
        }
        String fields = head.directive("Fields");
        return fields != null && fields.startsWith("date time ")
                || SITE.matcher(path).find() && path.toLowerCase().endsWith(".log");
    }

    @Override
    public Schema schema(List<LogFileHead> heads) {
        return SCHEMA;
    }

    /** The site name Sentinel reports for a log folder: W3SVC1 and W3SVC2 on Exchange. */
    public static String siteName(String path) {
        Matcher m = SITE.matcher(path);
        if (!m.find()) {
            return "";
        }
        switch (m.group(1)) {
            case "1":
                return "Default Web Site";
            case "2":
                return "Exchange Back End";
            default:
                return "W3SVC" + m.group(1);
        }
    }

    @Override
    public RowCursor open(InputStream in, String display, Schema schema, RawFilter filter)
            throws IOException {
        return new Cursor(in, display, schema, filter, siteName(display), computer);
    }

    private static final class Cursor extends LineRowCursor {
        private final String site;
        private final String computer;
        private int[] target = new int[0];
        private ColumnType[] types = new ColumnType[0];
        private int date = -1;
        private int time = -1;
        private final String[] fields = new String[64];

        Cursor(
                InputStream in,
                String display,
                Schema schema,
                RawFilter filter,
                String site,
                String host) {
            super(in, display, schema, filter);
            this.site = site;
            this.computer = host;
        }

        @Override
        protected void directive(String line) {
            if (!line.startsWith("#Fields:")) {
                return;
            }
            String[] names = line.substring("#Fields:".length()).trim().split(" +");
            date = -1;
            time = -1;
            target = new int[names.length];
            types = new ColumnType[names.length];
            for (int i = 0; i < names.length; i++) {
                String column = COLUMNS.get(names[i]);
                int index = column == null ? -1 : schema.indexOf(column);
                target[i] = index;
                types[i] = index < 0 ? null : schema.column(index).type();
                if (names[i].equals("date")) {
                    date = i;
                } else if (names[i].equals("time")) {
                    time = i;
                }
            }
        }

        @Override
        protected String whyRejected(String line) {
            int found = line.isEmpty() ? 0 : 1;
            for (int i = 0; i < line.length(); i++) {
                found += line.charAt(i) == ' ' ? 1 : 0;
            }
            if (target.length == 0) {
                return "no #Fields line comes before it";
            }
            if (found < target.length) {
                return "it has "
                        + found
                        + " of the "
                        + target.length
                        + " fields its #Fields line lists: it was cut short, as the last line of"
                        + " a log copied while the server was writing often is";
            }
            if (found > target.length) {
                return "it has " + found + " fields, more than the " + target.length + " listed";
            }
            return "its date and time cannot be read";
        }

        @Override
        protected boolean parse(String line, Object[] values) {
            int n = target.length;
            if (n == 0 || n > fields.length) {
                return false;
            }
            int count = 0;
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == ' ') {
                    if (count == n) {
                        return false;
                    }
                    fields[count++] = line.substring(start, i);
                    start = i + 1;
                }
            }
            if (count != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (target[i] >= 0) {
                    String raw = fields[i];
                    values[target[i]] =
                            types[i] == ColumnType.STRING
                                    ? raw
                                    : FieldValues.convert(raw.equals("-") ? "" : raw, types[i]);
                }
            }
            if (date >= 0 && time >= 0) {
                Instant at = Times.parse(fields[date] + " " + fields[time]);
                if (at == null) {
                    return false;
                }
                values[0] = at;
            }
            if (values[2] == null) {
                values[2] = site;
            }
            if (values[1] == null) {
                values[1] = computer;
            }
            return true;
        }
    }
}
