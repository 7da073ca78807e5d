package org.hygiene.quiz.cli;

import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import picocli.CommandLine.Command;

/** {@code hygiene quiz export ID --format gift}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write a quiz in Moodle's GIFT format.")
final class ExportCommand implements Callable<Integer> {
    private final AppContext context;

    ExportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return 0;
    }
}
