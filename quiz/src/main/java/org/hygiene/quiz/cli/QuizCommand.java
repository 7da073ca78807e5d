package org.hygiene.quiz.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.spi.CommandPorts;
import org.hygiene.core.spi.Console;
import org.hygiene.core.spi.LearnerAccess;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.TerminalAccess;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.quiz.player.AttemptStore;
import org.hygiene.quiz.player.QuizLoader;
import org.hygiene.quiz.player.QuizOptions;
import org.hygiene.quiz.player.QuizPlayer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hygiene quiz [ID]}: list the quizzes, or take one. */
@Command(
        name = "quiz",
        mixinStandardHelpOptions = true,
        description = {
            "Take a quiz (full screen on a terminal; line by line with --plain or a pipe).",
            "With no ID, list the quizzes with your results."
        })
public final class QuizCommand implements Callable<Integer> {
    private final Console console;
    private final TerminalAccess terminal;
    private final LearnerAccess learner;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "N|ID",
            description =
                    "The quiz: N for the check of lesson N, or its id, as 'hygiene quiz' lists"
                            + " them.")
    String id;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description =
                    "Draw the questions with this seed (the same seed gives everyone the same"
                            + " quiz).")
    Long seed;

    @Option(
            names = "--results",
            paramLabel = "FILE",
            description = "Write your answers and marks to FILE.")
    Path results;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Results format: json or csv (default: from the file name, else json).")
    String format;

    QuizCommand(Console console, TerminalAccess terminal, LearnerAccess learner) {
        this.console = console;
        this.terminal = terminal;
        this.learner = learner;
    }

    /** The command with its subcommands, ready to add to the launcher. */
    public static CommandLine create(CommandPorts ports) {
        CommandLine cli =
                new CommandLine(
                        new QuizCommand(ports.console(), ports.terminal(), ports.learner()));
        cli.addSubcommand(new ExportCommand(ports.console(), ports.learner()));
        cli.addSubcommand(new ImportCommand(ports.console()));
        return cli;
    }

    @Override
    public Integer call() {
        if (format != null && !Set.of("json", "csv").contains(format.toLowerCase(Locale.ROOT))) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--format must be json or csv, not '" + format + "'");
        }
        Session session = learner.session();
        if (id == null) {
            list(session);
            return 0;
        }
        Unit unit = find(session, id);
        QuizPlayer player = new QuizPlayer();
        QuizOptions options = new QuizOptions(seed, results, format, learner.learner());
        if (terminal.interactive()) {
            player.play(unit, session, options);
            return 0;
        }
        BufferedReader in =
                new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        return player.playPlain(unit, session, options, in, console.out()) ? 0 : 1;
    }

    static Unit find(Session session, String id) {
        List<Unit> quizzes =
                session.course().units().stream().filter(u -> u.kind() == UnitKind.QUIZ).toList();
        return session.course()
                .find(id, UnitKind.QUIZ)
                .orElseThrow(
                        () ->
                                new UserException(
                                        "no quiz numbered or with id '"
                                                + Sanitizer.clean(id)
                                                + "'; 'hygiene quiz' lists them; ids: "
                                                + quizzes.stream()
                                                        .map(Unit::id)
                                                        .collect(Collectors.joining(", "))));
    }

    private void list(Session session) {
        var out = console.out();
        List<Unit> quizzes =
                session.course().units().stream().filter(u -> u.kind() == UnitKind.QUIZ).toList();
        if (quizzes.isEmpty()) {
            out.println("This course has no quizzes.");
            return;
        }
        for (Unit u : quizzes) {
            UnitProgress p = session.progress().find(u.id()).orElse(null);
            String result =
                    p == null
                            ? "not taken"
                            : new AttemptStore(p)
                                    .bestGraded()
                                    .orElse(
                                            new AttemptStore(p).hasUnfinished()
                                                    ? "unfinished"
                                                    : "not taken");
            int n;
            try {
                n = QuizLoader.load(u).questionsPerAttempt();
            } catch (UserException e) {
                n = 0;
            }
            java.util.OptionalInt number = session.course().number(u);
            out.printf(
                    Locale.ROOT,
                    "%3s  %-28s %-40s %2d questions  %s%n",
                    number.isPresent() ? String.valueOf(number.getAsInt()) : "",
                    u.id(),
                    Sanitizer.clean(u.title()),
                    n,
                    result);
        }
        out.println();
        out.println("Take one with: hygiene quiz N (the check of lesson N) or hygiene quiz ID");
        out.flush();
    }
}
