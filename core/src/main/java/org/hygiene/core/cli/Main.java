package org.hygiene.core.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
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
                        System.getProperty("user.name", "learner"));
        int status = run(args, io, Plugins.load(), Clock.systemUTC());
        out.flush();
        err.flush();
        System.exit(status);
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

    /** Run the launcher with the given outside world; returns the exit status. */
    public static int run(String[] args, LauncherIo io, Plugins plugins, Clock clock) {
        GlobalOptions options = new GlobalOptions();
        AppContext context = new AppContext(options, io, plugins, clock);
        try {
            CommandLine cli = commandLine(context);
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

    static CommandLine commandLine(AppContext context) {
        CommandLine cli = new CommandLine(new HygieneCommand(context));
        // picocli's own conversion error names java.nio.file.Path and InvalidPathException.
        cli.registerConverter(Path.class, Main::path);
        cli.addMixin("global", new GlobalOptionsMixin(context.options()));
        cli.addSubcommand(new LessonsCommand(context));
        cli.addSubcommand(new UnitCommand(context));
        cli.addSubcommand(new ProgressCommand(context));
        cli.addSubcommand(new ValidateCommand(context));
        cli.addSubcommand(new InitCommand(context));
        cli.addSubcommand(new NewCommand(context));
        cli.addSubcommand(new PreviewCommand(context));
        cli.addSubcommand(new RenderCommand(context));
        cli.addSubcommand("class", ClassCommand.build(context));
        cli.addSubcommand(new ServeCommand(context));
        cli.addSubcommand(HandoutExportCommand.commandLine(context));
        for (HygienePlugin plugin : context.plugins().all()) {
            for (Object command : plugin.commands(context.ports())) {
                cli.addSubcommand(command);
            }
        }
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
        return cli;
    }
}
