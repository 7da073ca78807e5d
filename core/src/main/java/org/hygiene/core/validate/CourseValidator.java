package org.hygiene.core.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Part;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.spi.ContentCheck;
import org.hygiene.core.spi.Plugins;

/**
 * Check a course, or single files of one, as {@code hygiene validate} does: the outline and front
 * matter (the loader), the Markdown of every unit ({@link MarkdownLint}), files no outline entry
 * names, and what the plug-ins check (exercise proofs, quiz questions). The build's proof of the
 * bundled course and {@code preview} run this same code.
 */
public final class CourseValidator {
    private final Plugins plugins;

    public CourseValidator(Plugins plugins) {
        this.plugins = plugins;
    }

    /** Every problem of the course in {@code root}, paths relative to it. */
    public List<Problem> course(Path root) {
        CourseLoader.Inspection inspection = CourseLoader.inspect(root);
        List<Problem> problems = new ArrayList<>(inspection.problems());
        Course course = inspection.course();
        if (course == null) {
            return problems;
        }
        List<ContentCheck> checks = plugins.contentChecks();
        for (Unit unit : course.units()) {
            problems.addAll(unit(course, unit, checks));
        }
        problems.addAll(unlisted(course, inspection.listed()));
        return distinct(problems);
    }

    /**
     * The problems of one file, paths relative to its course root (or its folder when it belongs to
     * no course). A file the outline does not list is checked on its own.
     */
    public List<Problem> file(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<Path> courseRoot = courseRootOf(absolute);
        if (courseRoot.isPresent()) {
            Path root = courseRoot.get();
            String relative = root.relativize(absolute).toString().replace('\\', '/');
            CourseLoader.Inspection inspection = CourseLoader.inspect(root);
            List<Problem> own =
                    new ArrayList<>(
                            inspection.problems().stream()
                                    .filter(p -> p.file().equals(relative))
                                    .toList());
            Course course = inspection.course();
            Optional<Unit> unit =
                    course == null
                            ? Optional.empty()
                            : course.units().stream()
                                    .filter(u -> u.relativePath().equals(relative))
                                    .findFirst();
            if (unit.isPresent()) {
                own.addAll(unit(course, unit.get(), plugins.contentChecks()));
            } else if (!relative.equals(CourseLoader.OUTLINE)) {
                if (!inspection.listed().contains(relative)) {
                    own.add(unlisted(relative));
                }
                if (own.stream().noneMatch(Problem::isError)) {
                    own.addAll(standalone(root, relative, absolute));
                }
            }
            return distinct(own);
        }
        return standalone(absolute.getParent(), absolute.getFileName().toString(), absolute);
    }

    private List<Problem> standalone(Path root, String relative, Path file) throws IOException {
        String text = CourseLoader.read(file);
        UnitKind kind = UnitKind.ofPath(relative).orElseGet(() -> guessKind(text));
        List<Problem> problems = new ArrayList<>();
        Optional<Unit> unit = CourseLoader.unit(file, relative, kind, null, text, problems);
        if (unit.isPresent()) {
            Course course = new Course("", List.of(new Part("", List.of(unit.get()))), root);
            problems.addAll(unit(course, unit.get(), plugins.contentChecks()));
        }
        return distinct(problems);
    }

    private static List<Problem> unit(Course course, Unit unit, List<ContentCheck> checks) {
        List<Problem> problems = new ArrayList<>();
        Path folder = unit.path().getParent();
        problems.addAll(
                MarkdownLint.check(
                        unit.relativePath(),
                        unit.body(),
                        unit.bodyLine(),
                        target -> folder != null && Files.exists(folder.resolve(target))));
        for (ContentCheck check : checks) {
            problems.addAll(check.check(course, unit));
        }
        problems.sort(
                Comparator.comparing(Problem::file)
                        .thenComparingInt(Problem::line)
                        .thenComparingInt(Problem::column));
        return problems;
    }

    /** Lesson and quiz files that no outline entry names: learners would never see them. */
    private static List<Problem> unlisted(Course course, Set<String> listed) {
        List<Problem> problems = new ArrayList<>();
        for (UnitKind kind : UnitKind.values()) {
            Path folder = course.root().resolve(kind.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> kind.folder() + p.getFileName().toString())
                        .filter(name -> name.endsWith(".md") && !listed.contains(name))
                        .sorted()
                        .forEach(name -> problems.add(unlisted(name)));
            } catch (IOException e) {
                problems.add(new Problem(kind.folder(), 0, 0, "cannot list: " + e.getMessage()));
            }
        }
        return problems;
    }

    private static Problem unlisted(String name) {
        return Problem.warning(
                name,
                1,
                1,
                "no outline entry names this file, so learners never see it; add '- [Title]("
                        // A Markdown link target with a space must be written in angle brackets.
                        + (name.chars().anyMatch(Character::isWhitespace) ? "<" + name + ">" : name)
                        + ")' to course.md");
    }

    /** The nearest folder holding {@code course.md}, from the file's own folder upwards. */
    static Optional<Path> courseRootOf(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(CourseLoader.OUTLINE))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** A file outside lessons/ and quizzes/: a quiz if it has an answer list, else a lesson. */
    static UnitKind guessKind(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.startsWith("- [x]")
                    || s.startsWith("- [ ]")
                    || s.startsWith("* [x]")
                    || s.startsWith("* [ ]")
                    || s.startsWith("1. [x]")
                    || s.startsWith("1. [ ]")) {
                return UnitKind.QUIZ;
            }
            if (s.startsWith("```exercise")) {
                return UnitKind.LESSON;
            }
        }
        return UnitKind.LESSON;
    }

    private static List<Problem> distinct(List<Problem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }
}
