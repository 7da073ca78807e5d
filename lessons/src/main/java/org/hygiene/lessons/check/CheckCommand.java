package org.hygiene.lessons.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.hygiene.core.spi.Console;
import org.hygiene.core.text.Sanitizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hygiene check --logs DIR}: Test-ProxyLogon's checks on a server's collected logs. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run the ProxyLogon compromise checks (the logic of Microsoft's Test-ProxyLogon) over"
                    + " an Exchange server's logs: its Logging folder, a collected tree, or several"
                    + " folders of one server, read recursively and through .zip and .gz archives.",
            "Exit status: 0 nothing suspicious, 1 suspicious activity found, 2 bad usage or input"
                    + " that could not be read (or no log found)."
        })
public final class CheckCommand implements Callable<Integer> {
    private final Console console;
    private final Clock clock;

    @Option(
            names = "--logs",
            paramLabel = "DIR",
            required = true,
            description =
                    "A folder (or archive) of logs; repeat for several folders of one server.")
    List<Path> logs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), json or csv, on standard output.")
    String format;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "Also write Test-ProxyLogon's files (<Computer>-Cve-2021-26855.csv, ...).")
    Path out;

    @Option(
            names = "--computer",
            paramLabel = "NAME",
            description = "The server's name for the report (default: a hostname.txt in the logs).")
    String computer;

    @Option(
            names = "--exchange-path",
            paramLabel = "PATH",
            // The default on a line of its own: help text wraps at spaces, and a Windows path
            // cut after "C:" or at "Program Files" cannot be copied.
            description = "The server's Exchange install path; the default is%n${DEFAULT-VALUE}",
            defaultValue = LogCheck.DEFAULT_INSTALL_PATH)
    String installPath;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Files read at once (default: the number of processors).")
    Integer threads;

    @Option(
            names = "--progress",
            paramLabel = "WHEN",
            defaultValue = "auto",
            description = "auto (when standard error is a terminal), always or never.")
    String progress;

    public CheckCommand(Console console, Clock clock) {
        this.console = console;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = console.err();
        if (!List.of("text", "json", "csv").contains(format)
                || !List.of("auto", "always", "never").contains(progress)) {
            err.println(
                    "hygiene check: --format is text, json or csv; --progress is auto, always or"
                            + " never");
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
