package org.hygiene.quiz.cli;

import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import picocli.CommandLine.Command;

/** {@code hygiene quiz import FILE.gift}. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Convert a GIFT (or plain quizdown) file into a Hygiene quiz.")
final class ImportCommand implements Callable<Integer> {
    private final AppContext context;

    ImportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return 0;
    }
}
