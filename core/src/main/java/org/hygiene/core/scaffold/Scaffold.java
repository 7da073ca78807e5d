package org.hygiene.core.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.text.Slugs;

/**
 * Write new course content from the templates in this package's resources: a whole small course
 * ({@code hygiene init}) or one more lesson or quiz linked in the outline ({@code hygiene new}).
 */
public final class Scaffold {
    /** The scenario folder of the sample course, and where its one log lives in it. */
    static final String SAMPLE_LOG = "samples/sample/inetpub/logs/LogFiles/W3SVC1/u_ex210303.log";

    private Scaffold() {}

    /** Write a small working course into {@code dir}, which must be empty or absent. */
    public static List<String> init(Path dir) throws IOException {
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw new UserException(dir + " is not empty; give a new folder (nothing was written)");
        }
        List<String> written = new ArrayList<>();
        write(dir, "course.md", template("course/course.md"), written);
        write(dir, "lessons/01-first-hunt.md", template("course/lesson.md"), written);
        write(dir, "quizzes/01-first-hunt-check.md", template("course/quiz.md"), written);
        write(dir, SAMPLE_LOG, template("course/u_ex210303.log"), written);
        return written;
    }

    /**
     * Add a lesson or quiz titled {@code title} to the course in {@code root}: a file from the
     * commented template, numbered after the last one, and a link at the end of the outline. Return
     * the new file's course-relative path.
     */
    public static String add(Path root, UnitKind kind, String title) throws IOException {
        Path outline = root.resolve(CourseLoader.OUTLINE);
        if (!Files.isRegularFile(outline)) {
            throw new UserException(
                    "no course.md in "
                            + root
                            + "; run this in a course folder, give --content DIR, or start one"
                            + " with 'hygiene init DIR'");
        }
        if (title.isBlank()) {
            throw new UserException("give the new unit a title");
        }
        String slug = Slugs.of(title);
        String name = String.format("%02d-%s.md", next(root.resolve(kind.folder())), slug);
        String relative = kind.folder() + name;
        Path file = root.resolve(relative);
        if (Files.exists(file)) {
            throw new UserException(relative + " already exists (nothing was written)");
        }
        String id = slug;
        String text =
                template(kind == UnitKind.QUIZ ? "new-quiz.md" : "new-lesson.md")
                        .replace("{{id}}", id)
                        .replace("{{title}}", title.contains(":") ? "\"" + title + "\"" : title)
                        .replace("# \"" + title + "\"", "# " + title)
                        .replace("{{file}}", relative);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        String outlineText = CourseLoader.read(outline);
        String link = "- [" + title.replace("]", "\\]") + "](" + relative + ")\n";
        AtomicFiles.write(
                outline,
                (outlineText + (outlineText.endsWith("\n") ? "" : "\n") + link)
                        .getBytes(StandardCharsets.UTF_8));
        return relative;
    }

    /** One more than the highest two-digit number starting a file name in {@code folder}. */
    private static int next(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 1;
        }
        int max = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                int digits = 0;
                while (digits < n.length() && Character.isDigit(n.charAt(digits))) {
                    digits++;
                }
                if (digits > 0 && digits < 4) {
                    max = Math.max(max, Integer.parseInt(n.substring(0, digits)));
                }
            }
        }
        return max + 1;
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void write(Path dir, String relative, String text, List<String> written)
            throws IOException {
        Path file = dir.resolve(relative);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        written.add(relative);
    }

    static String template(String name) {
        try (InputStream in = Scaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
