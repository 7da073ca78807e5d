package org.hygiene.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.console.ClassRecords;
import org.hygiene.core.console.ReportFiles;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.ResultTables;
import org.hygiene.core.text.Sanitizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hygiene class report NAME}: results per learner, quiz question and exercise. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Results of a class: per learner, per quiz question and per exercise.",
            "Quiz questions show facility, discrimination and the answers chosen; the results"
                    + " come from the class journal and collected files."
        })
final class ClassReportCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(index = "0", paramLabel = "NAME", description = "The class.")
    String className;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            description = "csv, json or md (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--table",
            paramLabel = "TABLE",
            defaultValue = "learners",
            description =
                    "With --format csv: learners, questions or exercises (default:"
                            + " ${DEFAULT-VALUE}).")
    String table;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write the report here instead of printing it.")
    Path out;

    ClassReportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        ReportFiles.Format f = parseFormat(format);
        if (!ResultTables.NAMES.contains(table)) {
            throw new UserException(
                    "--table must be one of "
                            + String.join(", ", ResultTables.NAMES)
                            + ", not '"
                            + Sanitizer.clean(table)
                            + "'");
        }
        Path root = ClassFolders.existing(context.dataDir(), className);
        ClassRecords records = new ClassRecords(root, context.course(), context.plugins());
        ClassRecords.Loaded loaded = records.load();
        loaded.notices().forEach(n -> context.err().println("hygiene: " + Sanitizer.clean(n)));
        context.err().flush();
        ClassResults results = records.results(loaded.events(), List.of());
        String text =
                ReportFiles.render(
                        f, table, className, context.clock().instant(), results, records.labels());
        if (out == null) {
            // The console writer cleans every line it prints; end on a line break like any report.
            context.out().print(text.endsWith("\n") ? text : text + "\n");
            context.out().flush();
            return 0;
        }
        try {
            AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserException(
                    "cannot write " + Sanitizer.clean(out.toString()) + ": " + e.getMessage());
        }
        context.out().println("Wrote " + Sanitizer.clean(out.toString()));
        return 0;
    }

    static ReportFiles.Format parseFormat(String text) {
        try {
            return ReportFiles.Format.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException(
                    "--format must be csv, json or md, not '" + Sanitizer.clean(text) + "'");
        }
    }
}
