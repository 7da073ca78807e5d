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
        try (OutputStream out = Files.create(file)) {
            out.write(Files.BOM);
            Files.write(out, line(columns));
            for (T row : rows) {
                Files.write(out, line(fields.apply(row)));
            }
        }
    }

    private static String line(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(LogFileCsv.quoteAlways(v == null ? "" : v));
        }
        return String.join(",", quoted) + Files.CRLF;
    }

    /** Get-WinEvent lists the newest event first. */
    static void events(Path file, List<String> columns, List<Evidence.WinEvent> events)
            throws IOException {
        List<Evidence.WinEvent> newestFirst = new ArrayList<>(events);
        newestFirst.sort(Comparator.comparing(Evidence.WinEvent::at).reversed());
        write(
                file,
                columns,
                newestFirst,
                e -> {
                    List<String> v = new ArrayList<>();
                    for (String c : columns) {
                        v.add(
                                switch (c) {
                                    case "TimeCreated" -> Files.powershell(e.at());
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
