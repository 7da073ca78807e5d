package org.hygiene.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseException;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.core.spi.UnitPlayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hygiene validate [DIR]}: check a course folder and report every problem with its position.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check a course folder (default: --content, else the bundled course) and list every"
                    + " problem as file:line:col: message.",
            "Exit status 0 when the course is valid, 1 when it has problems."
        })
final class ValidateCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The course folder.")
    Path folder;

    ValidateCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path root = folder != null ? folder : context.options().content;
        if (root == null) {
            root =
                    BundledCourse.root()
                            .orElseThrow(
                                    () ->
                                            new org.hygiene.core.app.UserException(
                                                    "no course to validate; give a folder"));
        }
        List<Problem> problems = new ArrayList<>();
        Course course = null;
        try {
            course = CourseLoader.load(root.toAbsolutePath().normalize());
        } catch (CourseException e) {
            problems.addAll(e.problems());
        }
        if (course != null) {
            for (Unit unit : course.units()) {
                context.plugins()
                        .playerFor(unit.kind())
                        .map(p -> validate(p, unit))
                        .ifPresent(problems::addAll);
            }
        }
        for (Problem p : problems) {
            context.out().println(located(root, p));
        }
        if (problems.isEmpty()) {
            context.out().println(root + ": " + course.units().size() + " units, no problems");
            return 0;
        }
        context.out().println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        return 1;
    }

    private static List<Problem> validate(UnitPlayer player, Unit unit) {
        return player.validate(unit);
    }

    /** Prefix the course folder, so that editors and terminals can open the file at the line. */
    private static Problem located(Path root, Problem p) {
        if (!root.getFileSystem().equals(java.nio.file.FileSystems.getDefault())) {
            return p;
        }
        Path file = root.resolve(p.file()).normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String shown =
                file.isAbsolute() && file.startsWith(cwd)
                        ? cwd.relativize(file).toString()
                        : file.toString();
        return new Problem(shown, p.line(), p.column(), p.message());
    }
}
