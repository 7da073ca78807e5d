package org.hygiene.core.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.CourseLabels;
import org.hygiene.core.results.ResultTables;

/**
 * The console's export key: every report of the class at once, in a folder of its own under the
 * class's {@code reports/} named by the time ({@code reports/2026-12-03-1004/}): one CSV per table,
 * the JSON and the Markdown, the same files {@code hygiene class report} writes.
 */
public final class ReportExport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private ReportExport() {}

    /** Write the reports; returns the folder written. */
    public static Path write(
            Path classRoot,
            String className,
            Instant now,
            ZoneId zone,
            ClassResults results,
            CourseLabels labels)
            throws IOException {
        Path folder = classRoot.resolve("reports").resolve(STAMP.format(now.atZone(zone)));
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String table : ResultTables.NAMES) {
            written.add(
                    write(
                            folder.resolve(table + ".csv"),
                            ReportFiles.render(
                                    ReportFiles.Format.CSV,
                                    table,
                                    className,
                                    now,
                                    results,
                                    labels)));
        }
        for (ReportFiles.Format f : List.of(ReportFiles.Format.JSON, ReportFiles.Format.MD)) {
            written.add(
                    write(
                            folder.resolve("report." + f.extension()),
                            ReportFiles.render(f, "learners", className, now, results, labels)));
        }
        return folder;
    }

    private static Path write(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
