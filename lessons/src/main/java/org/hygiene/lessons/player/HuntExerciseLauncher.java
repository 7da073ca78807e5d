package org.hygiene.lessons.player;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.LineReaders;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.evidence.EvidenceNotices;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.command.ExerciseCommand;
import org.hygiene.lessons.exercise.command.ExerciseCommands;
import org.hygiene.lessons.exercise.command.ExercisePrompt;
import org.hygiene.lessons.exercise.launch.ExerciseContext;
import org.hygiene.lessons.exercise.launch.ExerciseLauncher;
import org.hygiene.lessons.exercise.launch.LineExerciseLauncher;
import org.hygiene.lessons.exercise.launch.TerminalExercisePrompt;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.shell.HuntShell;
import org.hygiene.lessons.hunt.shell.ShellCommand;
import org.hygiene.lessons.hunt.shell.ShellContext;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;

/**
 * Open an exercise in the hunt shell over the lesson's scenario: the learner queries the logs and
 * answers with {@code answer}, {@code hint}, {@code question}, {@code giveup} and {@code back}, all
 * in one prompt. A lesson without a scenario falls back to the plain exercise prompt.
 */
public final class HuntExerciseLauncher implements ExerciseLauncher {
    private final ExerciseLauncher fallback = new LineExerciseLauncher();
    private final ExerciseCommands commands = new ExerciseCommands();

    /** Scanning a scenario reads every file's header; do it once per folder. */
    private final Map<Path, Loaded> engines = new ConcurrentHashMap<>();

    /** A scenario's engine and what its banner must say about files left out. */
    private record Loaded(HuntEngine engine, List<String> notices) {}

    @Override
    public void open(ExerciseContext context) {
        Optional<Path> folder = scenarioFolder(context);
        if (folder.isEmpty()) {
            fallback.open(context);
            return;
        }
        Session session = context.session();
        Loaded loaded;
        try {
            loaded = engines.computeIfAbsent(folder.get(), HuntExerciseLauncher::scan);
        } catch (IllegalStateException e) {
            session.terminal()
                    .writer()
                    .println(Sanitizer.clean("Cannot open the logs: " + e.getMessage()));
            fallback.open(context);
            return;
        }
        ExerciseSession exercise = context.start();
        LineReader confirmReader =
                LineReaders.keepTypedBackslashE(
                        LineReaderBuilder.builder().terminal(session.terminal()).build());
        HuntEngine engine = loaded.engine();
        HuntShell.Builder shell =
                HuntShell.builder(session.terminal(), engine)
                        .theme(session.theme())
                        .historyFile(session.huntHistory())
                        .prompt("hunt> ")
                        .banner(
                                "Exercise: query the "
                                        + context.scenario().orElseThrow()
                                        + " logs, then type: answer VALUE",
                                "Also: hint, question, giveup, "
                                        + (context.onward().next().isPresent() ? "next, " : "")
                                        + "back (Ctrl-D goes back too).")
                        .banner(loaded.notices().toArray(String[]::new))
                        .onQuery(
                                (query, rows) ->
                                        session.record(
                                                LearnerEvent.query(
                                                        context.unit().id(),
                                                        context.exercise().id(),
                                                        query,
                                                        rows)));
        for (ExerciseCommand command : commands.commands()) {
            shell.command(new AsShellCommand(command, exercise, confirmReader, session.theme()));
        }
        HuntShell built = shell.build();
        commands.run(
                "question",
                exercise,
                new TerminalExercisePrompt(session.terminal(), confirmReader, session.theme()));
        built.run();
    }

    private static Optional<Path> scenarioFolder(ExerciseContext context) {
        return context.scenario()
                .filter(name -> name.matches("[A-Za-z0-9._-]+"))
                .map(name -> context.session().course().root().resolve("samples").resolve(name))
                .filter(Files::isDirectory);
    }

    private static Loaded scan(Path folder) {
        try {
            Evidence evidence = Evidence.scan(folder);
            return new Loaded(
                    HuntEngine.over(evidence.tables()), EvidenceNotices.skipped(evidence));
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** An exercise command run from the hunt shell; {@code back} leaves the shell. */
    private static final class AsShellCommand implements ShellCommand {
        private final ExerciseCommand command;
        private final ExerciseSession exercise;
        private final LineReader confirmReader;
        private final Theme theme;

        AsShellCommand(
                ExerciseCommand command,
                ExerciseSession exercise,
                LineReader confirmReader,
                Theme theme) {
            this.command = command;
            this.exercise = exercise;
            this.confirmReader = confirmReader;
            this.theme = theme;
        }

        @Override
        public String name() {
            return command.name();
        }

        @Override
        public String summary() {
            String usage = command.usage();
            String args =
                    usage.startsWith(command.name())
                            ? usage.substring(command.name().length()).strip()
                            : "";
            return (args.isEmpty() ? "" : args + " ") + command.summary().toLowerCase(Locale.ROOT);
        }

        @Override
        public void run(ShellContext context, String args) {
            ExercisePrompt prompt =
                    new TerminalExercisePrompt(context.terminal(), confirmReader, theme);
            if (command.run(args, exercise, prompt) == ExerciseCommand.Outcome.BACK) {
                context.quit();
            }
        }
    }
}
