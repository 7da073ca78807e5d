package org.hygiene.core.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hygiene init DIR}: start a new course from a small working one. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Start a course in DIR (new or empty): an outline, a lesson with one exercise over a"
                    + " tiny IIS log, and a quiz. It validates and plays as it is."
        })
final class InitCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new course folder.")
    Path dir;

    InitCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        for (String file : Scaffold.init(dir)) {
            context.out().println("wrote " + dir.resolve(file));
        }
        context.out().println();
        context.out().println("Next:");
        context.out().println("  hygiene preview " + dir.resolve("lessons/01-first-hunt.md"));
        context.out().println("  hygiene validate " + dir);
        context.out().println("  hygiene --content " + dir);
        context.out().println("  cd " + dir + " && hygiene new lesson \"Second lesson\"");
        return 0;
    }
}
