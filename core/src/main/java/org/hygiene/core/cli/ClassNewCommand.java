package org.hygiene.core.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hygiene class new NAME}: make an empty class. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Make a class: a folder under the data folder for its roster and progress.")
final class ClassNewCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(index = "0", paramLabel = "NAME", description = "The class, e.g. monday.")
    String name;

    ClassNewCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        ClassFolder folder = ClassFolder.of(context.dataDir(), name);
        if (folder.exists()) {
            throw new UserException("the class '" + folder.name() + "' already exists");
        }
        folder.create();
        new Roster().save(folder.rosterFile());
        context.out().println("Made class '" + folder.name() + "' in " + folder.root());
        context.out().println("Add learners with: hygiene class add " + folder.name() + " NAME...");
        return 0;
    }
}
