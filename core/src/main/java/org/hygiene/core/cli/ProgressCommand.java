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
import org.hygiene.core.progress.ProgressImport;
import org.hygiene.core.progress.ProgressProblems;
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
            return reset(store, learner);
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
        return importFrom(store, learner, action.importFile);
    }

    private int reset(ProgressStore store, String learner) throws IOException {
        if (!yes && !confirm("Reset all progress of '" + learner + "'? [y/N] ")) {
            context.out().println("Nothing changed.");
            return 1;
        }
        Path aside;
        try {
            aside = store.reset(learner);
        } catch (IOException e) {
            throw new UserException(
                    "could not reset the progress of '"
                            + learner
                            + "': "
                            + ProgressProblems.describe(e)
                            + "; nothing changed");
        }
        context.out()
                .println(
                        aside == null
                                ? "No progress to reset."
                                : "Progress reset; the old file is kept as " + aside);
        return 0;
    }

    private int importFrom(ProgressStore store, String learner, Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new UserException("no such file: " + source);
        }
        ProgressImport.Checked checked;
        try {
            checked =
                    ProgressImport.read(
                            source,
                            learner,
                            context.course().units().stream()
                                    .map(org.hygiene.core.course.Unit::id)
                                    .collect(java.util.stream.Collectors.toSet()));
        } catch (ProgressImport.Refused e) {
            throw new UserException("cannot import " + source + ": " + e.getMessage());
        }
        for (String note : checked.notes()) {
            context.err().println("hygiene: " + note);
        }
        context.err().flush();
        if (!yes
                && Files.exists(store.fileOf(learner))
                && !confirm(
                        "Replace the progress of '" + learner + "' with " + source + "? [y/N] ")) {
            context.out().println("Nothing changed.");
            return 1;
        }
        try {
            store.replace(checked.progress());
        } catch (IOException e) {
            throw new UserException(
                    "could not import into '"
                            + learner
                            + "': "
                            + ProgressProblems.describe(e)
                            + "; nothing changed");
        }
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
