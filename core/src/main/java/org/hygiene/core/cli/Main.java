package org.hygiene.core.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.GlobalOptions;
import org.hygiene.core.app.LauncherIo;
import org.hygiene.core.app.UserException;
import org.hygiene.core.spi.HygienePlugin;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.text.IoProblems;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/** The {@code hygiene} launcher: the only class that touches the process's standard streams. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        LauncherIo io =
                new LauncherIo(
                        System.in,
                        out,
                        err,
                        System.getenv(),
                        Main::systemTerminal,
                        System.getProperty("os.name", ""),
                        System.getProperty("user.home", "."),
                        System.getProperty("user.name", "learner"),
                        onTerminal());
        int status = run(args, io, Plugins.load(), Clock.systemUTC());
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Whether standard input and output may both be a terminal, asked of the JDK without probing
     * for one: {@code System.console()} is null when either is redirected (before JDK 22), and
     * {@code Console.isTerminal()} says so on JDK 22 and later.
     */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // JDK 17 to 21: a console means both are terminals.
        }
    }

    private static Terminal systemTerminal() {
        try {
            return TerminalBuilder.builder()
                    .name("hygiene")
                    .system(true)
                    .dumb(true)
                    .encoding(StandardCharsets.UTF_8)
                    .build();
        } catch (java.io.IOException e) {
            throw new UserException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a usable path: " + e.getReason());
        }
    }

    /**
     * Say that the first word is no command, suggesting one only when it is a likely typo ({@code
     * lesons}: {@code lessons}); picocli's own guess names any command ({@code bogus}: {@code
     * progress}). Returns false for every other usage problem.
     */
    private static boolean unknownCommand(CommandLine root, CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u)
                || u.getCommandLine() != root
                || u.getUnmatched().isEmpty()
                || u.getUnmatched().get(0).startsWith("-")) {
            return false;
        }
        String typed = u.getUnmatched().get(0);
        PrintWriter err = root.getErr();
        err.println(
                "hygiene: unmatched argument '"
                        + org.hygiene.core.text.Sanitizer.clean(typed)
                        + "': it is not a command"
                        + org.hygiene.core.text.Suggest.nearest(
                                        typed, root.getSubcommands().keySet())
                                .map(c -> "; did you mean 'hygiene " + c + "'?")
                                .orElse(".")
                        + " 'hygiene --help' lists the commands.");
        err.flush();
        return true;
    }

    /**
     * The picocli property that keeps built-in type converters out: its converters for JDBC types
     * ({@code java.sql.Time}, {@code Timestamp}, {@code Connection}, {@code Driver}) load and
     * reflect on the java.sql module at every start, about 12 ms of CPU here, and those for {@code
     * java.time} reflect on eight more classes; no option of ours takes either kind of type.
     */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /** Run the launcher with the given outside world; returns the exit status. */
    public static int run(String[] args, LauncherIo io, Plugins plugins, Clock clock) {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
        }
        GlobalOptions options = new GlobalOptions();
        AppContext context = new AppContext(options, io, plugins, clock);
        try {
            CommandLine cli = commandLine(context, CommandWord.of(args));
            if (cli == null) {
                cli = commandLine(context, CommandWord.UNKNOWN);
            } else {
                // A parse error's message and usage must read as before, naming every command.
                cli.setParameterExceptionHandler(
                        (e, again) -> commandLine(context, CommandWord.UNKNOWN).execute(again));
            }
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // The inputs are bounded (content files, queries); this is the last line of defence,
            // and it speaks in a sentence rather than a trace.
            context.err()
                    .println(
                            "hygiene: out of memory: the input needs more memory than Java may use"
                                    + " here; split it, or allow more with"
                                    + " HYGIENE_JAVA_OPTS=-Xmx2g");
            context.err().flush();
            return 1;
        } finally {
            context.close();
        }
    }

    /** The commands built into core, in the order {@code hygiene --help} lists them. */
    private static final List<String> CORE_COMMANDS =
            List.of(
                    "lessons",
                    "lesson",
                    "progress",
                    "validate",
                    "init",
                    "new",
                    "preview",
                    "render",
                    "class",
                    "serve",
                    "export");

    // A switch, not a map of constructor references: building one command must not load the
    // others' classes, and picocli builds its model of a command by reflection over all of it.
    private static Object coreCommand(String name, AppContext context) {
        switch (name) {
            case "lessons":
                return new LessonsCommand(context);
            case "lesson":
                return new UnitCommand(context);
            case "progress":
                return new ProgressCommand(context);
            case "validate":
                return new ValidateCommand(context);
            case "init":
                return new InitCommand(context);
            case "new":
                return new NewCommand(context);
            case "preview":
                return new PreviewCommand(context);
            case "render":
                return RenderCommand.spec(context);
            case "class":
                return ClassCommand.build(context);
            case "serve":
                return new ServeCommand(context);
            case "export":
                return HandoutExportCommand.commandLine(context);
            default:
                return null;
        }
    }

    /**
     * The launcher with only the subcommand named {@code word} ("" for none), or with every command
     * when {@code word} is {@link CommandWord#UNKNOWN}; null when no command has that name (then
     * only the whole tree can say so in picocli's words).
     */
    static CommandLine commandLine(AppContext context, String word) {
        CommandLine cli = new CommandLine(HygieneCommand.spec(context));
        // picocli's own conversion error names java.nio.file.Path and InvalidPathException.
        cli.registerConverter(Path.class, Main::path);
        cli.addMixin("global", GlobalOptionsMixin.spec(context.options(), () -> cli));
        if (word == CommandWord.UNKNOWN) {
            for (String name : CORE_COMMANDS) {
                cli.addSubcommand(coreCommand(name, context));
            }
            for (HygienePlugin plugin : context.plugins().all()) {
                for (String name : plugin.commandNames()) {
                    cli.addSubcommand(plugin.command(name, context.ports()));
                }
            }
        } else if (!word.isEmpty()) {
            Object command = coreCommand(word, context);
            if (command == null) {
                command = pluginCommand(word, context);
            }
            if (command == null) {
                return null;
            }
            // Under its own name: were it not the word, picocli's error leads to the whole tree.
            cli.addSubcommand(command);
        }
        shareVersion(cli);
        handleErrors(cli, context);
        return cli;
    }

    /**
     * Give every command the launcher's version, so that the {@code -V, --version} each command's
     * help lists prints it: picocli gives a subcommand no version of its own.
     */
    private static void shareVersion(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommandSpec().version().length == 0) {
                sub.getCommandSpec().versionProvider(new VersionProvider());
            }
            shareVersion(sub);
        }
    }

    private static Object pluginCommand(String word, AppContext context) {
        for (HygienePlugin plugin : context.plugins().all()) {
            if (plugin.commandNames().contains(word)) {
                return plugin.command(word, context.ports());
            }
        }
        return null;
    }

    private static void handleErrors(CommandLine cli, AppContext context) {
        cli.setOut(context.out());
        cli.setErr(context.err());
        CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler(
                (e, args) ->
                        unknownCommand(cli, e)
                                ? CommandLine.ExitCode.USAGE
                                : usage.handleParseException(e, args));
        cli.setExecutionExceptionHandler(
                (e, commandLine, parseResult) -> {
                    PrintWriter err = commandLine.getErr();
                    if (e instanceof UserException) {
                        err.println("hygiene: " + e.getMessage());
                        if (context.options().debug) {
                            e.printStackTrace(err);
                        }
                        err.flush();
                        return 1;
                    }
                    if (e instanceof java.io.UncheckedIOException u) {
                        // A file problem deep inside a command: say it in words, as UserException
                        // would.
                        err.println("hygiene: cannot read: " + IoProblems.describe(u.getCause()));
                        if (context.options().debug) {
                            e.printStackTrace(err);
                        }
                        err.flush();
                        return 1;
                    }
                    // No class names without --debug: the message, if there is one, says enough.
                    String what = e.getMessage();
                    err.println(
                            "hygiene: internal error"
                                    + (what == null || what.isBlank() ? "" : ": " + what));
                    if (context.options().debug) {
                        e.printStackTrace(err);
                    } else {
                        err.println("Run again with --debug for details.");
                    }
                    err.flush();
                    return 70;
                });
    }
}
