package org.hygiene.lessons.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.hygiene.core.spi.CommandModels;
import org.hygiene.core.spi.Console;
import org.hygiene.core.text.Sanitizer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code hygiene check --logs DIR}: Test-ProxyLogon's checks on a server's collected logs. */
public final class CheckCommand implements Callable<Integer> {
    /** The most files read at once that --threads allows. */
    static final int MAX_THREADS = 64;

    private final Console console;
    private final Clock clock;

    /** Read in {@link #call}: a repeated option collects into picocli's own list. */
    private OptionSpec logsOption;

    private String format;
    private Path out;
    private String computer;
    private String installPath;
    private Integer threads;
    private String progress;

    private CheckCommand(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    /**
     * The command's picocli model, built in code (see {@link CommandModels}): check is timed
     * against grep, and run from scripts.
     */
    public static CommandSpec spec(Console console, Clock clock) {
        CheckCommand command = new CheckCommand(console, clock);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("check");
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Run the ProxyLogon compromise checks (the logic of Microsoft's"
                                + " Test-ProxyLogon) over an Exchange server's logs: its Logging"
                                + " folder, a collected tree, or several folders of one server,"
                                + " read recursively and through .zip and .gz archives.",
                        "Exit status: 0 nothing suspicious, 1 suspicious activity found, 2 bad"
                                + " usage or input that could not be read (or no log found).");
        command.logsOption =
                OptionSpec.builder("--logs")
                        .paramLabel("DIR")
                        .required(true)
                        .type(List.class)
                        .auxiliaryTypes(Path.class)
                        .description(
                                "A folder (or archive) of logs; repeat for several folders of one"
                                        + " server.")
                        .build();
        spec.addOption(command.logsOption);
        spec.addOption(
                option(
                                "--format",
                                "FORMAT",
                                "text",
                                "text (default), json or csv, on standard output.")
                        .setter(CommandModels.setter(String.class, v -> command.format = v))
                        .build());
        spec.addOption(
                OptionSpec.builder("--out")
                        .paramLabel("DIR")
                        .type(Path.class)
                        .hasInitialValue(false)
                        .description(
                                "Also write Test-ProxyLogon's files (<Computer>-Cve-2021-26855.csv,"
                                        + " ...).")
                        .setter(CommandModels.setter(Path.class, v -> command.out = v))
                        .build());
        spec.addOption(
                option(
                                "--computer",
                                "NAME",
                                null,
                                "The server's name for the report (default: a hostname.txt in the"
                                        + " logs).")
                        .setter(CommandModels.setter(String.class, v -> command.computer = v))
                        .build());
        spec.addOption(
                option(
                                "--exchange-path",
                                "PATH",
                                LogCheck.DEFAULT_INSTALL_PATH,
                                // The default on a line of its own: help text wraps at spaces, and
                                // a Windows path cut after "C:" or at "Program Files" cannot be
                                // copied.
                                "The server's Exchange install path; the default is%n"
                                        + "${DEFAULT-VALUE}")
                        .setter(CommandModels.setter(String.class, v -> command.installPath = v))
                        .build());
        spec.addOption(
                OptionSpec.builder("--threads")
                        .paramLabel("N")
                        .type(Integer.class)
                        .hasInitialValue(false)
                        .description(
                                "Files read at once, 1 to 64 (default: the number of"
                                        + " processors).")
                        .setter(CommandModels.setter(Integer.class, v -> command.threads = v))
                        .build());
        spec.addOption(
                option(
                                "--progress",
                                "WHEN",
                                "auto",
                                "auto (when standard error is a terminal), always or never.")
                        .setter(CommandModels.setter(String.class, v -> command.progress = v))
                        .build());
        CommandModels.addStandardHelp(spec);
        return spec;
    }

    /** A text option with an optional default. */
    private static OptionSpec.Builder option(
            String name, String label, String defaultValue, String description) {
        OptionSpec.Builder b =
                OptionSpec.builder(name)
                        .paramLabel(label)
                        .type(String.class)
                        .description(description);
        return defaultValue != null
                ? b.hasInitialValue(false).defaultValue(defaultValue)
                : b.hasInitialValue(false);
    }

    @Override
    public Integer call() {
        List<Path> logs = logsOption.getValue();
        PrintWriter err = console.err();
        if (!List.of("text", "json", "csv").contains(format)
                || !List.of("auto", "always", "never").contains(progress)) {
            err.println(
                    "hygiene check: --format is text, json or csv; --progress is auto, always or"
                            + " never");
            err.flush();
            return 2;
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            // Each reader holds a line's worth of buffer (about 1 MiB): the bound is on memory.
            err.println("hygiene check: --threads must be between 1 and " + MAX_THREADS);
            err.flush();
            return 2;
        }
        for (Path p : logs) {
            if (!Files.exists(p)) {
                err.println("hygiene check: no such folder: " + Sanitizer.clean(p.toString()));
                err.flush();
                return 2;
            }
        }
        int width =
                progress.equals("never")
                        ? 0
                        : progress.equals("always") ? 80 : StderrTerminal.width();
        // The bar draws with our own \r and erase-line; its text is cleaned by ProgressBar.line.
        ProgressBar bar =
                width > 0 ? new ProgressBar(Sanitizer.unfiltered(err), clock, width) : null;
        LogCheck.Listener listener = bar != null ? bar : Quiet.INSTANCE;
        long start = clock.millis();
        Results results;
        try {
            int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            results = new LogCheck(installPath, n).run(logs, listener);
        } catch (IOException e) {
            err.println("hygiene check: " + Sanitizer.clean(EvidenceWalker.reason(e)));
            err.flush();
            return 2;
        } finally {
            if (bar != null) {
                bar.clear();
            }
        }
        Duration took = Duration.ofMillis(clock.millis() - start);
        String name =
                computer != null
                        ? computer
                        : results.computer().isEmpty() ? "(unknown)" : results.computer();
        PrintWriter stdout = console.out();
        try {
            switch (format) {
                case "json":
                    JsonReport.print(results, name, stdout);
                    break;
                case "csv":
                    CsvOut.all(results, stdout);
                    if (results.uncheckedCount() > 0 || !results.unreadable().isEmpty()) {
                        err.println(
                                "hygiene check: "
                                        + results.uncheckedCount()
                                        + " lines could not be checked and "
                                        + results.unreadable().size()
                                        + " inputs could not be read; --format text or json lists"
                                        + " them");
                        err.flush();
                    }
                    break;
                default:
                    TextReport.print(results, name, took, stdout);
            }
            stdout.flush();
            if (out != null) {
                List<Path> written =
                        CsvOut.write(
                                results, computer != null ? computer : results.computer(), out);
                err.println(
                        "hygiene check: wrote "
                                + written.size()
                                + " files to "
                                + Sanitizer.clean(out.toString()));
                err.flush();
            }
        } catch (IOException e) {
            err.println(
                    "hygiene check: cannot write: " + Sanitizer.clean(EvidenceWalker.reason(e)));
            err.flush();
            return 2;
        }
        return CheckVerdict.of(results).status();
    }

    /** No progress to show. */
    private enum Quiet implements LogCheck.Listener {
        INSTANCE;

        @Override
        public void started(long files, long bytes) {}

        @Override
        public void bytes(long n) {}

        @Override
        public void fileDone() {}
    }
}
