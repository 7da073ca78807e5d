package org.hygiene.lessons.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Text;

/**
 * Check a responder's CSV exports, whose quoted fields may span lines: Application events for
 * CVE-2021-26857, and file listings for LSASS dumps and archives in ProgramData.
 */
final class ExportCheck {
    private static final String CAST = "system.invalidcastexception";

    private final Results results;

    ExportCheck(Results results) {
        this.results = results;
    }

    void check(FileCheck.Target target, InputStream in) throws IOException {
        boolean events = target.format().table().equals("Event");
        RawFilter filter =
                events
                        ? raw -> Text.indexOfIgnoreCase(raw, CAST) >= 0
                        : raw ->
                                Text.indexOfIgnoreCase(raw, "lsass") >= 0
                                        || Text.indexOfIgnoreCase(raw, "programdata") >= 0;
        try (RowCursor cursor =
                target.format().open(in, target.display(), target.schema(), filter)) {
            Row row;
            while ((row = cursor.next()) != null) {
                long line = row.origin() == null ? 0 : row.origin().line();
                if (events) {
                    event(row, target.display(), line);
                } else {
                    file(row, target.display(), line);
                }
            }
        }
    }

    private void event(Row row, String file, long line) {
        String message = RowText.str(row, "RenderedDescription");
        Object levelValue = row.get("EventLevel");
        Long level = levelValue instanceof Long l ? l : null;
        // Exports made without the Level column carry its display name; Error is level 2.
        if (level == null && "Error".equalsIgnoreCase(RowText.str(row, "EventLevelName"))) {
            level = 2L;
        }
        if (ProxyLogonRules.isUnifiedMessagingDeserialization(
                RowText.str(row, "Source"), level, message)) {
            results.add(
                    new Finding(
                            FindingKind.UM_ERROR,
                            RowText.time(row),
                            "",
                            file,
                            line,
                            List.of(
                                    RowText.text(RowText.time(row)),
                                    RowText.str(row, "Computer"),
                                    message)));
        }
    }

    private void file(Row row, String file, long line) {
        String path = RowText.str(row, "FullName");
        FindingKind kind =
                ProxyLogonRules.isLsassDump(path)
                        ? FindingKind.LSASS_DUMP
                        : ProxyLogonRules.isSuspiciousArchive(path)
                                ? FindingKind.SUSPICIOUS_ARCHIVE
                                : null;
        if (kind != null) {
            String type = kind == FindingKind.LSASS_DUMP ? "LsassDump" : "SuspiciousArchive";
            results.add(new Finding(kind, RowText.time(row), "", file, line, List.of(type, path)));
        }
    }
}
