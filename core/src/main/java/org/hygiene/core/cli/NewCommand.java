package org.hygiene.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.scaffold.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hygiene new lesson|quiz TITLE}: add a unit from a commented template. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Add a lesson or quiz to the course (--content DIR, else the course folder around the"
                    + " current directory) from a commented template, and link it at the end of"
                    + " course.md."
        })
final class NewCommand implements Callable<Integer> {
    enum Kind {
        lesson,
        quiz
    }

    private final AppContext context;

    @Parameters(index = "0", paramLabel = "lesson|quiz", description = "What to add.")
    Kind kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TITLE", description = "Its title.")
    List<String> title;

    NewCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path root = context.options().content;
        if (root == null) {
            root = Path.of("").toAbsolutePath();
            for (Path dir = root; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(CourseLoader.OUTLINE))) {
                    root = dir;
                    break;
                }
            }
        }
        String file =
                Scaffold.add(
                        root,
                        kind == Kind.quiz ? UnitKind.QUIZ : UnitKind.LESSON,
                        String.join(" ", title).strip());
        context.out().println("wrote " + root.resolve(file) + " and linked it in course.md");
        context.out().println("  hygiene preview " + root.resolve(file));
        return 0;
    }
}
