package org.hygiene.core.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.screen.PlainCourseMap;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hygiene progress}: show, reset, export or import the learner's progress. */
@Command(
        name = "progress",
        mixinStandardHelpOptions = true,
        description = "Show your progress, or reset, export or import it.")
final class ProgressCommand implements Callable<Integer> {
    private final AppContext context;

    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {
        @Option(
                names = "--reset",
                description = "Start again from nothing (the old file is kept aside).")
        boolean reset;

        @Option(
                names = "--export",
                paramLabel = "FILE",
                description = "Write your progress to FILE.")
        Path export;

        @Option(
                names = "--import",
                paramLabel = "FILE",
                description = "Replace your progress with FILE's.")
        Path importFile;
    }

    @Option(
            names = {"-y", "--yes"},
            description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    ProgressCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        ProgressStore store = context.progressStore();
        String learner = context.learner();
        if (action == null) {
            PlainCourseMap.print(context.session(), context.out());
            context.out().println();
            context.out().println("Progress file: " + store.fileOf(learner));
            return 0;
        }
        if (action.reset) {
            if (!yes && !confirm("Reset all progress of '" + learner + "'? [y/N] ")) {
                context.out().println("Nothing changed.");
                return 1;
            }
            Path aside = store.reset(learner);
            context.out()
                    .println(
                            aside == null
                                    ? "No progress to reset."
                                    : "Progress reset; the old file is kept as " + aside);
            return 0;
        }
        if (action.export != null) {
            Path file = store.fileOf(learner);
            if (!Files.exists(file)) {
                throw new UserException("no progress yet for '" + learner + "' (" + file + ")");
            }
            Files.copy(file, action.export, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            context.out().println("Exported progress of '" + learner + "' to " + action.export);
            return 0;
        }
        Path source = action.importFile;
        if (!Files.isRegularFile(source)) {
            throw new UserException("no such file: " + source);
        }
        ProgressStore reader =
                new ProgressStore(Files.createTempDirectory("hygiene-import"), context.clock());
        Files.createDirectories(reader.fileOf(learner).getParent());
        Files.copy(source, reader.fileOf(learner));
        ProgressStore.Loaded loaded = reader.load(learner);
        if (!loaded.notices().isEmpty()) {
            throw new UserException("cannot import " + source + ": " + loaded.notices().get(0));
        }
        if (!yes
                && Files.exists(store.fileOf(learner))
                && !confirm(
                        "Replace the progress of '" + learner + "' with " + source + "? [y/N] ")) {
            context.out().println("Nothing changed.");
            return 1;
        }
        Progress imported = new Progress(learner);
        imported.current = loaded.progress().current;
        imported.units().putAll(loaded.progress().units());
        store.save(imported);
        context.out()
                .println(
                        "Imported progress into '"
                                + learner
                                + "' (the previous file is kept as a backup).");
        return 0;
    }

    private boolean confirm(String question) throws IOException {
        context.out().print(question);
        context.out().flush();
        String answer =
                new BufferedReader(new InputStreamReader(context.io().in(), StandardCharsets.UTF_8))
                        .readLine();
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).matches("y|yes");
    }
}
