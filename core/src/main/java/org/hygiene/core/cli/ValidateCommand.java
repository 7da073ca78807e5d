package org.hygiene.core.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Severity;
import org.hygiene.core.text.JsonText;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.validate.CourseValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hygiene validate [PATH...]}: check a course folder or single files of one, proving every
 * exercise, and report every problem as {@code file:line:col: severity: message}.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check a course folder or single lesson and quiz files (default: --content, else the"
                    + " bundled course): the outline, front matter, Markdown, exercise proofs and"
                    + " quizzes. Every problem is listed as file:line:col: severity: message.",
            "Exit status 0 without errors (warnings allowed), 1 with errors."
        })
final class ValidateCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    private final AppContext context;

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "Course folders or lesson/quiz files.")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default) or json (for editors and CI).")
    Format format = Format.text;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    ValidateCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        List<Path> targets = new ArrayList<>(paths);
        if (targets.isEmpty()) {
            Path root = context.options().content;
            if (root == null) {
                root = courseAroundWorkingFolder();
            }
            if (root == null) {
                root =
                        BundledCourse.root()
                                .orElseThrow(
                                        () ->
                                                new UserException(
                                                        "no course to validate; give a folder or"
                                                                + " a file"));
            }
            targets.add(root);
        }
        CourseValidator validator = new CourseValidator(context.plugins());
        List<Problem> problems = new ArrayList<>();
        int checked = 0;
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                Path root = target.toAbsolutePath().normalize();
                validator.course(root).forEach(p -> problems.add(located(root, p)));
            } else if (Files.isRegularFile(target)) {
                Path file = target.toAbsolutePath().normalize();
                Path base = courseRootOrFolder(file);
                validator.file(file).forEach(p -> problems.add(located(base, p)));
            } else if (target.getFileSystem().equals(FileSystems.getDefault())) {
                problems.add(new Problem(target.toString(), 0, 0, "no such file or folder"));
            } else {
                validator.course(target).forEach(problems::add); // the bundled course
            }
            checked++;
        }
        long errors = problems.stream().filter(p -> p.isError() || strict).count();
        long warnings = problems.size() - errors;
        if (format == Format.json) {
            printJson(problems);
        } else {
            for (Problem p : problems) {
                Problem shown =
                        strict && !p.isError()
                                ? new Problem(
                                        p.file(), p.line(), p.column(), p.message(), Severity.ERROR)
                                : p;
                context.out().println(Sanitizer.clean(shown.report()));
            }
            context.out().println(summary(checked, errors, warnings));
        }
        return errors > 0 ? 1 : 0;
    }

    private static String summary(int checked, long errors, long warnings) {
        if (errors == 0 && warnings == 0) {
            return "no problems" + (checked > 1 ? " in " + checked + " paths" : "");
        }
        return count(errors, "error") + ", " + count(warnings, "warning");
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private void printJson(List<Problem> problems) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.file());
            m.put("line", p.line());
            m.put("column", Math.max(p.line() > 0 ? 1 : 0, p.column()));
            m.put("severity", strict ? Severity.ERROR.word() : p.severity().word());
            m.put("message", p.message());
            out.add(m);
        }
        context.out().println(JsonText.compact(out));
    }

    /** The course folder the author is working in (the current folder or one above), if any. */
    private static Path courseAroundWorkingFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("course.md"))) {
                return dir;
            }
        }
        return null;
    }

    private static Path courseRootOrFolder(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("course.md"))) {
                return dir;
            }
        }
        return file.getParent();
    }

    /** Prefix the course folder, so that editors and terminals can open the file at the line. */
    private static Problem located(Path root, Problem p) {
        Path file = root.resolve(p.file()).normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String shown =
                file.isAbsolute() && file.startsWith(cwd)
                        ? cwd.relativize(file).toString()
                        : file.toString();
        return p.inFile(shown);
    }
}
