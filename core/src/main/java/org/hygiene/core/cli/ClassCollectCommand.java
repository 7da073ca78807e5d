package org.hygiene.core.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.console.ProgressCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hygiene class collect NAME FILE...}: count self-paced learners' progress in a class. */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        description = {
            "Add self-paced learners' exported progress files to a class's results.",
            "The files are those that 'hygiene progress --export' writes. Collecting a learner"
                    + " again replaces their earlier file."
        })
final class ClassCollectCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(index = "0", paramLabel = "NAME", description = "The class.")
    String className;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Files.")
    List<Path> files;

    ClassCollectCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path root = ClassFolders.existing(context.dataDir(), className);
        List<String> lines = new ProgressCollector(root).collect(files);
        lines.forEach(context.out()::println);
        context.out().flush();
        return lines.stream().allMatch(l -> l.contains(": collected as ")) ? 0 : 1;
    }
}
