package org.hygiene.core.course;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hygiene.core.text.Slugs;

/**
 * Load a course from a folder laid out as {@code course.md}, {@code lessons/}, {@code quizzes/},
 * {@code samples/}. Every problem is collected, so an author sees all of them at once.
 */
public final class CourseLoader {
    public static final String OUTLINE = "course.md";
    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    private CourseLoader() {}

    /**
     * What {@link #inspect} found: the units that loaded (null when none could) and every problem.
     */
    public record Inspection(Course course, List<Problem> problems, Set<String> listed) {
        public Inspection {
            problems = List.copyOf(problems);
            listed = Set.copyOf(listed);
        }

        Inspection(Course course, List<Problem> problems) {
            this(course, problems, Set.of());
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /**
     * Load a course, or fail with every error found (warnings do not stop a course from playing).
     */
    public static Course load(Path root) throws CourseException {
        Inspection inspection = inspect(root);
        if (inspection.hasErrors()) {
            throw new CourseException(
                    inspection.problems().stream().filter(Problem::isError).toList());
        }
        return inspection.course();
    }

    /**
     * Load what can be loaded and collect every problem, so that {@code validate} can check the
     * units that did load. A unit with a problem of its own is left out of the course.
     */
    public static Inspection inspect(Path root) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return new Inspection(
                    null, List.of(new Problem(root.toString(), 0, 0, "no such course folder")));
        }
        Path outlinePath = root.resolve(OUTLINE);
        String outlineText;
        try {
            outlineText = read(outlinePath);
        } catch (NoSuchFileException e) {
            return new Inspection(
                    null,
                    List.of(
                            new Problem(
                                    root.toString(),
                                    0,
                                    0,
                                    "not a course: " + OUTLINE + " is missing")));
        } catch (IOException e) {
            return new Inspection(
                    null, List.of(new Problem(OUTLINE, 0, 0, "cannot read: " + e.getMessage())));
        }
        OutlineParser.Outline outline = OutlineParser.parse(OUTLINE, outlineText, problems);
        Map<String, String> idToFile = new HashMap<>();
        Map<Path, Integer> listed = new HashMap<>();
        Set<String> listedFiles = new HashSet<>();
        List<Part> parts = new ArrayList<>();
        for (OutlineParser.PartEntry partEntry : outline.parts()) {
            List<Unit> units = new ArrayList<>();
            for (OutlineParser.Entry entry : partEntry.entries()) {
                Path target = root.resolve(entry.target()).normalize();
                if (target.startsWith(root)) {
                    listedFiles.add(root.relativize(target).toString().replace('\\', '/'));
                }
                Integer earlier = listed.putIfAbsent(target, entry.line());
                if (earlier != null) {
                    problems.add(
                            new Problem(
                                    OUTLINE,
                                    entry.line(),
                                    entry.column(),
                                    "'"
                                            + entry.target()
                                            + "' is listed twice (first on line "
                                            + earlier
                                            + "); a unit appears once in the outline"));
                    continue;
                }
                loadUnit(root, entry, problems)
                        .ifPresent(
                                unit -> {
                                    String other =
                                            idToFile.putIfAbsent(unit.id(), unit.relativePath());
                                    if (other != null) {
                                        problems.add(
                                                new Problem(
                                                        unit.relativePath(),
                                                        unit.frontMatter().lineOf("id"),
                                                        1,
                                                        "duplicate id '"
                                                                + unit.id()
                                                                + "' (also used by "
                                                                + other
                                                                + ")"));
                                    } else {
                                        units.add(unit);
                                    }
                                });
            }
            parts.add(new Part(partEntry.title(), units));
        }
        if (parts.stream().allMatch(p -> p.units().isEmpty())
                && problems.stream().noneMatch(Problem::isError)) {
            problems.add(new Problem(OUTLINE, 1, 1, "the outline lists no lessons or quizzes"));
        }
        return new Inspection(new Course(outline.title(), parts, root), problems, listedFiles);
    }

    private static Optional<Unit> loadUnit(
            Path root, OutlineParser.Entry entry, List<Problem> problems) {
        String target = entry.target();
        Problem here = new Problem(OUTLINE, entry.line(), entry.column(), "");
        if (target.isBlank()
                || target.contains("://")
                || target.startsWith("/")
                || target.contains("\\")) {
            problems.add(
                    withMessage(
                            here,
                            "link '"
                                    + target
                                    + "' must be a relative path inside the course folder"));
            return Optional.empty();
        }
        Path path = root.resolve(target).normalize();
        if (!path.startsWith(root.normalize())) {
            problems.add(
                    withMessage(here, "link '" + target + "' points outside the course folder"));
            return Optional.empty();
        }
        if (linksOutside(root, path)) {
            problems.add(
                    withMessage(
                            here,
                            "'"
                                    + target
                                    + "' is a symbolic link to a file outside the course folder;"
                                    + " copy the file into the course instead"));
            return Optional.empty();
        }
        Optional<UnitKind> kind = UnitKind.ofPath(target);
        if (kind.isEmpty()) {
            problems.add(withMessage(here, "'" + target + "' must be under lessons/ or quizzes/"));
            return Optional.empty();
        }
        String text;
        try {
            text = read(path);
        } catch (NoSuchFileException e) {
            problems.add(withMessage(here, "missing file '" + target + "'"));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(target, 0, 0, "not valid UTF-8"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(withMessage(here, "cannot read '" + target + "': " + e.getMessage()));
            return Optional.empty();
        }
        return unit(path, target, kind.get(), entry.title(), text, problems);
    }

    /**
     * Read one unit file's front matter. A quiz needs none (a plain quizdown file: its id comes
     * from the file name); a missing title falls back to {@code label}, the outline's link text.
     */
    public static Optional<Unit> unit(
            Path path,
            String target,
            UnitKind kind,
            String label,
            String text,
            List<Problem> problems) {
        FrontMatterParser.Result parsed = FrontMatterParser.parse(target, text);
        problems.addAll(parsed.problems());
        if (!parsed.problems().isEmpty()) {
            return Optional.empty(); // the rest would only repeat the front matter's problem
        }
        FrontMatter fm = parsed.frontMatter();
        if (fm.startLine() == 0 && kind == UnitKind.LESSON) {
            problems.add(
                    new Problem(
                            target,
                            1,
                            1,
                            "missing front matter: start the file with '---', 'id: ...', 'title:"
                                    + " ...', '---'"));
            return Optional.empty();
        }
        boolean ok = true;
        String id = fm.get("id").orElse(kind == UnitKind.QUIZ ? Slugs.of(baseName(target)) : null);
        if (id == null) {
            problems.add(new Problem(target, fm.startLine(), 1, "front matter needs 'id'"));
            ok = false;
        } else if (!ID.matcher(id).matches()) {
            problems.add(
                    new Problem(
                            target,
                            fm.lineOf("id"),
                            1,
                            "id '" + id + "' must be lower-case letters, digits and '-'"));
            ok = false;
        }
        String title = fm.get("title").filter(t -> !t.isBlank()).orElse(label);
        if (title == null || title.isBlank()) {
            title = kind == UnitKind.QUIZ ? baseName(target) : null;
        }
        if (title == null || title.isBlank()) {
            problems.add(new Problem(target, fm.startLine(), 1, "front matter needs 'title'"));
            ok = false;
        }
        int minutes = 0;
        Optional<String> minutesText = fm.get("minutes");
        if (minutesText.isPresent()) {
            try {
                minutes = Integer.parseInt(minutesText.get());
                if (minutes < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(
                        new Problem(
                                target,
                                fm.lineOf("minutes"),
                                1,
                                "'minutes' must be a whole number"));
                ok = false;
            }
        } else if (kind == UnitKind.LESSON) {
            problems.add(new Problem(target, fm.startLine(), 1, "front matter needs 'minutes'"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(
                new Unit(
                        id,
                        kind,
                        title,
                        minutes,
                        fm,
                        path,
                        target,
                        parsed.body(),
                        parsed.bodyLine()));
    }

    /**
     * Whether {@code path}, inside the course folder by name, is really elsewhere: it (or a folder
     * on its way) is a symbolic link out of the course. A course must travel as one folder, and a
     * link could make a course read any file of the machine that plays it.
     */
    private static boolean linksOutside(Path root, Path path) {
        try {
            return !path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false; // missing or unreadable: reading it says so
        }
    }

    /** The file name without folder and extension. */
    static String baseName(String target) {
        String name = target.substring(target.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Problem withMessage(Problem p, String message) {
        return new Problem(p.file(), p.line(), p.column(), message);
    }

    /**
     * The largest lesson, quiz or GIFT file read: parsing holds a few hundred bytes per byte of
     * Markdown (commonmark's tree with source positions, then the rendered lines), so the bound on
     * the file is the bound on memory. The longest bundled lesson is 27 KiB.
     */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    /** A content file larger than {@link #MAX_FILE_BYTES}. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        public TooLargeException(long size) {
            super(
                    "it is "
                            + String.format(java.util.Locale.ROOT, "%.1f", size / 1048576.0)
                            + " MiB, and a lesson, quiz or question bank may be at most 1 MiB;"
                            + " split it into several files");
        }
    }

    /**
     * Read a content file as strict UTF-8, so that a broken file is reported, not garbled; a file
     * over {@link #MAX_FILE_BYTES} is refused with {@link TooLargeException}.
     */
    public static String read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            throw new TooLargeException(size);
        }
        byte[] bytes = Files.readAllBytes(path);
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }
}
