package org.hygiene.lessons.logs.formats;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Read the fields of a Security log message as Windows renders it ("Creator Subject:" then
 * tab-indented "Account Name:&nbsp;value" lines) and name them as Sentinel's {@code SecurityEvent}
 * table does ({@code SubjectUserName}, {@code NewProcessName}, {@code CommandLine}...).
 */
public final class SecurityMessage {
    private SecurityMessage() {}

    private static final Map<String, String> SUBJECT =
            Map.of(
                    "Security ID", "UserSid",
                    "Account Name", "UserName",
                    "Account Domain", "DomainName",
                    "Logon ID", "LogonId");

    private static final Map<String, String> LABELS =
            Map.ofEntries(
                    Map.entry("Logon Type", "LogonType"),
                    Map.entry("Source Network Address", "IpAddress"),
                    Map.entry("Source Address", "IpAddress"),
                    Map.entry("Source Port", "IpPort"),
                    Map.entry("Workstation Name", "WorkstationName"),
                    Map.entry("New Process ID", "NewProcessId"),
                    Map.entry("New Process Name", "NewProcessName"),
                    Map.entry("Token Elevation Type", "TokenElevationType"),
                    Map.entry("Mandatory Label", "MandatoryLabel"),
                    Map.entry("Creator Process ID", "ProcessId"),
                    Map.entry("Creator Process Name", "ParentProcessName"),
                    Map.entry("Process Command Line", "CommandLine"),
                    Map.entry("Process Name", "ProcessName"),
                    Map.entry("Process ID", "ProcessId"),
                    Map.entry("Logon Process", "LogonProcessName"),
                    Map.entry("Authentication Package", "AuthenticationPackageName"),
                    Map.entry("Share Name", "ShareName"),
                    Map.entry("Share Path", "ShareLocalPath"),
                    Map.entry("Relative Target Name", "RelativeTargetName"),
                    Map.entry("Access Mask", "AccessMask"),
                    Map.entry("Object Type", "ObjectType"),
                    Map.entry("Object Name", "ObjectName"));

    /** Report each recognised field of {@code message} as (Sentinel column, value). */
    public static void forEach(String message, BiConsumer<String, String> field) {
        String prefix = null;
        int n = message.length();
        int start = 0;
        while (start < n) {
            int end = message.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = message.substring(start, end);
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            boolean indented = line.charAt(0) == '\t' || line.charAt(0) == ' ';
            String text = line.strip();
            if (!indented) {
                if (text.endsWith(":")) {
                    prefix = section(text.substring(0, text.length() - 1));
                }
                continue;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String label = text.substring(0, colon).strip();
            String value = text.substring(colon + 1).strip();
            String subject = SUBJECT.get(label);
            if (subject != null && prefix != null) {
                field.accept(prefix + subject, value);
                continue;
            }
            String column = LABELS.get(label);
            if (column != null) {
                field.accept(column, value);
            }
        }
    }

    private static String section(String title) {
        switch (title) {
            case "Subject":
            case "Creator Subject":
                return "Subject";
            case "Target Subject":
            case "New Logon":
            case "Account For Which Logon Failed":
                return "Target";
            default:
                return null;
        }
    }
}
