package org.hygiene.content.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Write CSV the way Windows PowerShell 5.1's {@code Export-Csv -NoTypeInformation -Encoding UTF8}
 * does: a byte order mark, every field in double quotes, CRLF line ends.
 */
final class ExportWriter {
    private ExportWriter() {}

    static <T> void write(
            Path file, List<String> columns, List<T> rows, Function<T, List<String>> fields)
            throws IOException {
        try (OutputStream out = ScenarioFiles.create(file)) {
            out.write(ScenarioFiles.BOM);
            ScenarioFiles.write(out, line(columns));
            for (T row : rows) {
                ScenarioFiles.write(out, line(fields.apply(row)));
            }
        }
    }

    private static String line(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(LogFileCsv.quoteAlways(v == null ? "" : v));
        }
        return String.join(",", quoted) + ScenarioFiles.CRLF;
    }

    /** Get-WinEvent lists the newest event first. */
    static void events(Path file, List<String> columns, List<ScenarioEvidence.WinEvent> events)
            throws IOException {
        List<ScenarioEvidence.WinEvent> newestFirst = new ArrayList<>(events);
        newestFirst.sort(Comparator.comparing(ScenarioEvidence.WinEvent::at).reversed());
        write(
                file,
                columns,
                newestFirst,
                e -> {
                    List<String> v = new ArrayList<>();
                    for (String c : columns) {
                        v.add(
                                switch (c) {
                                    case "TimeCreated" -> ScenarioFiles.powershell(e.at());
                                    case "Id" -> Integer.toString(e.id());
                                    case "Level" -> Integer.toString(e.level());
                                    case "LevelDisplayName" -> e.levelName();
                                    case "LogName" -> e.log();
                                    case "ProviderName" -> e.provider();
                                    case "MachineName" -> Story.FQDN;
                                    case "Message" -> e.message();
                                    default -> "";
                                });
                    }
                    return v;
                });
    }
}
