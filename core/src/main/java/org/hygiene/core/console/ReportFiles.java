package org.hygiene.core.console;

import java.time.Instant;
import java.util.Locale;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.CourseLabels;
import org.hygiene.core.results.ResultTables;
import org.hygiene.core.results.ResultsJson;
import org.hygiene.core.results.ResultsMarkdown;
import org.hygiene.core.text.CsvWriter;

/** A class report in one of its formats: CSV (one table), JSON or Markdown (everything). */
public final class ReportFiles {
    /** The formats {@code --format} takes. */
    public enum Format {
        CSV,
        JSON,
        MD;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ReportFiles() {}

    /** The report as text; {@code table} picks the CSV table (learners, questions, exercises). */
    public static String render(
            Format format,
            String table,
            String className,
            Instant now,
            ClassResults results,
            CourseLabels labels) {
        return switch (format) {
            case JSON -> ResultsJson.write(className, now, results, labels);
            case MD -> ResultsMarkdown.write(className, now, results, labels);
            case CSV -> csv(ResultTables.named(table, results, labels));
        };
    }

    static String csv(ResultTables.Table t) {
        StringBuilder b = new StringBuilder(CsvWriter.row(t.header()));
        t.rows().forEach(r -> b.append(CsvWriter.row(r)));
        return b.toString();
    }
}
