package org.hygiene.lessons.logs.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.ColumnType;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;

/**
 * Windows event logs exported with {@code Get-WinEvent ... | Select-Object TimeCreated,Id,Level,
 * LevelDisplayName,LogName,ProviderName,MachineName,Message | Export-Csv -NoTypeInformation}, as
 * Microsoft Sentinel's tables: the Security log as {@code SecurityEvent}, every other log as {@code
 * Event}. Columns are found by the header, so exports with other columns work: known ones are
 * renamed (see {@link #EVENT} and {@link #SECURITY}), unknown ones are kept under their own name as
 * strings. A file may mix logs; each table keeps its own rows.
 */
public final class WindowsEventCsvFormat implements LogFormat {
    /** Export column to {@code Event} column. */
    public static final Map<String, String> EVENT =
            renames(
                    "TimeCreated", "TimeGenerated",
                    "MachineName", "Computer",
                    "LogName", "EventLog",
                    "ProviderName", "Source",
                    "Id", "EventID",
                    "Level", "EventLevel",
                    "LevelDisplayName", "EventLevelName",
                    "Message", "RenderedDescription");

    /** Export column to {@code SecurityEvent} column ({@code Message} keeps its name). */
    public static final Map<String, String> SECURITY =
            renames(
                    "TimeCreated", "TimeGenerated",
                    "MachineName", "Computer",
                    "Id", "EventID",
                    "LogName", "Channel",
                    "ProviderName", "EventSourceName",
                    "Level", "Level",
                    "LevelDisplayName", "LevelDisplayName",
                    "Message", "Message");

    /** Columns parsed out of Security messages, named as in Sentinel. */
    static final List<String> SECURITY_FIELDS =
            List.of(
                    "Account",
                    "Activity",
                    "Process",
                    "SubjectUserSid",
                    "SubjectUserName",
                    "SubjectDomainName",
                    "SubjectLogonId",
                    "TargetUserSid",
                    "TargetUserName",
                    "TargetDomainName",
                    "TargetLogonId",
                    "LogonType",
                    "LogonProcessName",
                    "AuthenticationPackageName",
                    "IpAddress",
                    "IpPort",
                    "WorkstationName",
                    "NewProcessId",
                    "NewProcessName",
                    "TokenElevationType",
                    "MandatoryLabel",
                    "ProcessId",
                    "ParentProcessName",
                    "CommandLine",
                    "ProcessName",
                    "ShareName",
                    "ShareLocalPath",
                    "RelativeTargetName",
                    "AccessMask",
                    "ObjectType",
                    "ObjectName");

    private final boolean security;

    private WindowsEventCsvFormat(boolean security) {
        this.security = security;
    }

    /** The {@code SecurityEvent} table: rows of the Security log. */
    public static WindowsEventCsvFormat securityEvent() {
        return new WindowsEventCsvFormat(true);
    }

    /** The {@code Event} table: rows of every other log. */
    public static WindowsEventCsvFormat event() {
        return new WindowsEventCsvFormat(false);
    }

    private static Map<String, String> renames(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Override
    public String table() {
        return security ? "SecurityEvent" : "Event";
    }

    @Override
    public boolean recognises(String path, LogFileHead head) {
        if (!path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        List<String> names = headerOf(head);
        return names.contains("TimeCreated") && (names.contains("Id") || names.contains("LogName"));
    }

    static List<String> headerOf(LogFileHead head) {
        List<String> names = new ArrayList<>();
        for (String line : head.lines()) {
            if (!line.startsWith("#") && !line.isBlank()) {
                Csv.split(line, names);
                names.replaceAll(String::trim);
                break;
            }
        }
        return names;
    }

    private Map<String, String> renames() {
        return security ? SECURITY : EVENT;
    }

    @Override
    public Schema schema(List<LogFileHead> heads) {
        List<Column> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String name : renames().values()) {
            names.add(name);
            columns.add(new Column(name, type(name)));
        }
        if (security) {
            for (String name : SECURITY_FIELDS) {
                names.add(name);
                columns.add(new Column(name, type(name)));
            }
        }
        for (LogFileHead head : heads) {
            for (String name : headerOf(head)) {
                if (!renames().containsKey(name) && names.add(name)) {
                    columns.add(new Column(name, ColumnType.STRING));
                }
            }
        }
        return new Schema(columns);
    }

    private static ColumnType type(String name) {
        switch (name) {
            case "TimeGenerated":
                return ColumnType.DATETIME;
            case "EventID":
            case "EventLevel":
            case "LogonType":
                return ColumnType.LONG;
            default:
                return ColumnType.STRING;
        }
    }

    @Override
    public RowCursor open(InputStream in, String display, Schema schema, RawFilter filter)
            throws IOException {
        return new EventCursor(in, display, schema, filter, security, renames());
    }
}
