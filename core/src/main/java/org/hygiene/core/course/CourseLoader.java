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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Load a course from a folder laid out as {@code course.md}, {@code lessons/}, {@code quizzes/},
 * {@code samples/}. Every problem is collected, so an author sees all of them at once.
 */
public final class CourseLoader {
    public static final String OUTLINE = "course.md";
    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    private CourseLoader() {}

    public static Course load(Path root) throws CourseException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            throw new CourseException(
                    List.of(new Problem(root.toString(), 0, 0, "no such course folder")));
        }
        Path outlinePath = root.resolve(OUTLINE);
        String outlineText;
        try {
            outlineText = read(outlinePath);
        } catch (NoSuchFileException e) {
            throw new CourseException(
                    List.of(
                            new Problem(
                                    root.toString(),
                                    0,
                                    0,
                                    "not a course: " + OUTLINE + " is missing")));
        } catch (IOException e) {
            throw new CourseException(
                    List.of(new Problem(OUTLINE, 0, 0, "cannot read: " + e.getMessage())));
        }
        OutlineParser.Outline outline = OutlineParser.parse(OUTLINE, outlineText, problems);
        Map<String, String> idToFile = new HashMap<>();
        List<Part> parts = new ArrayList<>();
        for (OutlineParser.PartEntry partEntry : outline.parts()) {
            List<Unit> units = new ArrayList<>();
            for (OutlineParser.Entry entry : partEntry.entries()) {
                loadUnit(root, entry, problems)
                        .ifPresent(
                                unit -> {
                                    String earlier =
                                            idToFile.putIfAbsent(unit.id(), unit.relativePath());
                                    if (earlier != null) {
                                        problems.add(
                                                new Problem(
                                                        unit.relativePath(),
                                                        unit.frontMatter().lineOf("id"),
                                                        1,
                                                        "duplicate id '"
                                                                + unit.id()
                                                                + "' (also used by "
                                                                + earlier
                                                                + ")"));
                                    } else {
                                        units.add(unit);
                                    }
                                });
            }
            parts.add(new Part(partEntry.title(), units));
        }
        if (parts.stream().allMatch(p -> p.units().isEmpty()) && problems.isEmpty()) {
            problems.add(new Problem(OUTLINE, 1, 1, "the outline lists no lessons or quizzes"));
        }
        if (!problems.isEmpty()) {
            throw new CourseException(problems);
        }
        return new Course(outline.title(), parts, root);
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
        FrontMatterParser.Result parsed = FrontMatterParser.parse(target, text);
        problems.addAll(parsed.problems());
        FrontMatter fm = parsed.frontMatter();
        if (fm.startLine() == 0) {
            problems.add(
                    new Problem(
                            target,
                            1,
                            1,
                            "missing front matter: start the file with '---', 'id: ...', 'title:"
                                    + " ...', '---'"));
            return Optional.empty();
        }
        boolean ok = parsed.problems().isEmpty();
        String id = fm.get("id").orElse(null);
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
        String title = fm.get("title").orElse(null);
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
        } else if (kind.get() == UnitKind.LESSON) {
            problems.add(new Problem(target, fm.startLine(), 1, "front matter needs 'minutes'"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(
                new Unit(
                        id,
                        kind.get(),
                        title,
                        minutes,
                        fm,
                        path,
                        target,
                        parsed.body(),
                        parsed.bodyLine()));
    }

    private static Problem withMessage(Problem p, String message) {
        return new Problem(p.file(), p.line(), p.column(), message);
    }

    /** Read a content file as strict UTF-8, so that a broken file is reported, not garbled. */
    public static String read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }
}
