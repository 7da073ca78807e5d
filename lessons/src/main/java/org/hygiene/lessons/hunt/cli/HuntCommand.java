package org.hygiene.lessons.hunt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hygiene.core.app.UserException;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.spi.CommandModels;
import org.hygiene.core.spi.Console;
import org.hygiene.core.spi.LearnerAccess;
import org.hygiene.core.spi.TerminalAccess;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.PreparedQuery;
import org.hygiene.lessons.hunt.QueryLimits;
import org.hygiene.lessons.hunt.ResultCursor;
import org.hygiene.lessons.hunt.lang.Cancellation;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.hygiene.lessons.hunt.lang.QueryLimitException;
import org.hygiene.lessons.hunt.shell.HuntShell;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.regex.RegexTooCostlyException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code hygiene hunt}: the hunt shell over a scenario's logs or a log folder, or one query. */
public final class HuntCommand implements Callable<Integer> {
    private final Console console;
    private final TerminalAccess terminal;
    private final LearnerAccess learner;
    private final TableSource source;

    private String scenario;
    private Path logs;
    private String query;
    private ResultWriter.Format format;
    private long maxMemory;
    private String now;

    private HuntCommand(
            Console console, TerminalAccess terminal, LearnerAccess learner, TableSource source) {
        this.console = console;
        this.terminal = terminal;
        this.learner = learner;
        this.source = source;
    }

    /**
     * The command's picocli model, built in code (see {@link CommandModels}): a hunt with -q is
     * timed against grep, and a script may run many.
     */
    public static CommandSpec spec(
            Console console, TerminalAccess terminal, LearnerAccess learner, TableSource source) {
        HuntCommand command = new HuntCommand(console, terminal, learner, source);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("hunt");
        spec.usageMessage()
                .autoWidth(true)
                .description(
                        "Hunt through Exchange and IIS logs with KQL queries.",
                        "",
                        "Opens an interactive shell (Tab completes, .help explains), or with -q"
                                + " runs one query and exits: 0 when it ran, 2 when the query is"
                                + " wrong or goes past a limit, 1 for other problems.");
        CommandModels.addStandardHelp(spec);
        spec.addOption(
                OptionSpec.builder("--scenario")
                        .paramLabel("NAME")
                        .type(String.class)
                        .hasInitialValue(false)
                        .description("Hunt in the course's bundled scenario NAME.")
                        .setter(CommandModels.setter(String.class, v -> command.scenario = v))
                        .build());
        spec.addOption(
                OptionSpec.builder("--logs")
                        .paramLabel("DIR")
                        .type(Path.class)
                        .hasInitialValue(false)
                        .description(
                                "Hunt in the logs under DIR (an Exchange server's folders, or a"
                                        + " copy of them; .zip and .gz archives are read as check"
                                        + " reads them), or in one archive.")
                        .setter(CommandModels.setter(Path.class, v -> command.logs = v))
                        .build());
        spec.addOption(
                OptionSpec.builder("-q", "--query")
                        .paramLabel("QUERY")
                        .type(String.class)
                        .hasInitialValue(false)
                        .description("Run QUERY, print its rows and exit.")
                        .setter(CommandModels.setter(String.class, v -> command.query = v))
                        .build());
        spec.addOption(
                OptionSpec.builder("--format")
                        .paramLabel("FORMAT")
                        .type(ResultWriter.Format.class)
                        .hasInitialValue(false)
                        .defaultValue("table")
                        .description(
                                "Output of -q: table, csv or json (default: ${DEFAULT-VALUE}).")
                        .setter(
                                CommandModels.setter(
                                        ResultWriter.Format.class, v -> command.format = v))
                        .build());
        spec.addOption(
                OptionSpec.builder("--max-memory")
                        .paramLabel("MB")
                        .type(long.class)
                        .hasInitialValue(false)
                        .defaultValue("512")
                        .description(
                                "The memory one query may hold, in MB (default: ${DEFAULT-VALUE});"
                                        + " a query that needs more stops with a message.")
                        .setter(CommandModels.setter(Long.class, v -> command.maxMemory = v))
                        .build());
        spec.addOption(
                OptionSpec.builder("--now")
                        .paramLabel("INSTANT")
                        .type(String.class)
                        .hasInitialValue(false)
                        .description(
                                "What ago() counts back from, e.g. 2021-03-04T00:00:00Z (default:"
                                        + " the latest TimeGenerated in the logs).")
                        .setter(CommandModels.setter(String.class, v -> command.now = v))
                        .build());
        return spec;
    }

    @Override
    public Integer call() {
        Path folder = folder();
        TableSource.Opened opened = open(folder);
        HuntEngine engine = engine(opened.tables());
        List<String> notices = new java.util.ArrayList<>(opened.skipped());
        if (logs != null) {
            notices.addAll(opened.otherFiles()); // a scenario's notes are there on purpose
        }
        if (query != null) {
            // Said before the rows, so that a script's log shows why a file's rows are missing.
            for (String notice : notices) {
                console.err().println("hygiene: " + notice);
            }
            console.err().flush();
            return oneShot(engine);
        }
        Path history = new ProgressStore(learner.dataDir()).huntHistoryOf(learner.learner());
        String from =
                logs != null
                        ? String.valueOf(logs)
                        : "the " + folder.getFileName().toString().replace("/", "") + " scenario";
        List<String> banner = new java.util.ArrayList<>();
        banner.add(
                "Hygiene hunt: "
                        + opened.logFiles()
                        + (opened.logFiles() == 1 ? " log file" : " log files")
                        + " in "
                        + engine.tables().size()
                        + " tables from "
                        + from);
        banner.addAll(notices);
        HuntShell.builder(terminal.terminal(), engine)
                .theme(terminal.theme())
                .banner(banner.toArray(String[]::new))
                .historyFile(history)
                .paging(terminal.interactive())
                .build()
                .run();
        return 0;
    }

    private int oneShot(HuntEngine engine) {
        PreparedQuery prepared;
        try {
            prepared = engine.prepare(query);
        } catch (QueryException e) {
            console.err().println(e.render(query));
            console.err().flush();
            return 2;
        }
        int width =
                format == ResultWriter.Format.table && terminal.interactive()
                        ? terminal.terminal().getWidth()
                        : 0;
        try (ResultCursor cursor = prepared.open(new Cancellation())) {
            ResultWriter.write(cursor, format, console.out(), width);
            if (cursor.rejected() > 0) {
                long n = cursor.rejected();
                console.err()
                        .println(
                                "hygiene: "
                                        + n
                                        + (n == 1
                                                ? " unreadable log line was left out:"
                                                : " unreadable log lines were left out; the"
                                                        + " first:"));
                cursor.skipped().stream()
                        .limit(3)
                        .forEach(
                                s ->
                                        console.err()
                                                .println(
                                                        "  "
                                                                + Sanitizer.clean(
                                                                        s.origin()
                                                                                + ": "
                                                                                + s.reason())));
                console.err().flush();
            }
        } catch (IOException e) {
            throw new UserException("cannot read the logs: " + e.getMessage(), e);
        } catch (QueryLimitException | RegexTooCostlyException e) {
            return refused(e.getMessage());
        } catch (OutOfMemoryError e) {
            return refused(QueryLimits.OUT_OF_MEMORY);
        } catch (StackOverflowError e) {
            return refused(QueryLimits.TOO_DEEP);
        }
        return 0;
    }

    private int refused(String why) {
        console.out().flush();
        console.err().println("hygiene: " + why);
        console.err().flush();
        return 2;
    }

    private Path folder() {
        if (logs != null && scenario != null) {
            throw new UserException("choose one of --logs DIR and --scenario NAME");
        }
        if (logs != null) {
            if (!Files.isDirectory(logs) && !Files.isRegularFile(logs)) {
                throw new UserException("no such folder or file: " + logs);
            }
            return logs;
        }
        Path samples = learner.course().root().resolve("samples");
        List<String> names = scenarios(samples);
        if (scenario == null) {
            if (names.size() == 1) {
                return samples.resolve(names.get(0));
            }
            throw new UserException(
                    "choose the logs: --logs DIR, or --scenario NAME with one of: "
                            + (names.isEmpty() ? "(none bundled)" : String.join(", ", names)));
        }
        if (!names.contains(scenario)) {
            throw new UserException(
                    "no scenario '"
                            + scenario
                            + "'; the course has: "
                            + (names.isEmpty() ? "(none)" : String.join(", ", names)));
        }
        return samples.resolve(scenario);
    }

    private static List<String> scenarios(Path samples) {
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(samples)) {
            return s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private TableSource.Opened open(Path folder) {
        try {
            return source.open(folder);
        } catch (IOException e) {
            throw new UserException("cannot read the logs in " + folder + ": " + e.getMessage(), e);
        }
    }

    private HuntEngine engine(List<LogTable> tables) {
        if (maxMemory < 1) {
            throw new UserException("--max-memory must be at least 1 (MB)");
        }
        if (now == null) {
            return HuntEngine.over(tables).withMemoryLimit(maxMemory);
        }
        try {
            return HuntEngine.over(tables, Instant.parse(now)).withMemoryLimit(maxMemory);
        } catch (DateTimeParseException e) {
            throw new UserException(
                    "--now must be an instant such as 2021-03-04T00:00:00Z, not '" + now + "'");
        }
    }
}
