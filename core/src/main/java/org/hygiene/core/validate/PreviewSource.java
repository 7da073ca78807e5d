package org.hygiene.core.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.UnitPlayer;

/**
 * What {@code hygiene preview} shows for one file, read afresh on every call: the file's validation
 * problems first, then the unit as its player previews it (a lesson with its exercise cards, a quiz
 * question by question with the key). Nothing here touches learner progress.
 */
public final class PreviewSource {
    /** The Markdown to show and the unit's title. */
    public record Preview(String title, String markdown, int problems) {}

    private final Path file;
    private final Plugins plugins;

    public PreviewSource(Path file, Plugins plugins) {
        this.file = file.toAbsolutePath().normalize();
        this.plugins = plugins;
    }

    public Path file() {
        return file;
    }

    public Preview read() {
        List<Problem> problems;
        String text;
        try {
            problems = new CourseValidator(plugins).file(file);
            text = CourseLoader.read(file);
        } catch (IOException e) {
            return new Preview(
                    file.getFileName().toString(),
                    "# Cannot read the file\n\n```text\n" + e.getMessage() + "\n```\n",
                    1);
        }
        Optional<Unit> unit = unit(text);
        String title = unit.map(Unit::title).orElse(file.getFileName().toString());
        StringBuilder md = new StringBuilder();
        if (problems.isEmpty()) {
            md.append("> [!TIP]\n> No problems. Every save shows here; q leaves.\n\n");
        } else {
            md.append("> [!CAUTION]\n> ")
                    .append(problems.size())
                    .append(problems.size() == 1 ? " problem" : " problems")
                    .append(" (as `hygiene validate` reports them):\n\n```text\n");
            for (Problem p : problems) {
                md.append(p.line())
                        .append(':')
                        .append(Math.max(1, p.column()))
                        .append(": ")
                        .append(p.severity().word())
                        .append(": ")
                        .append(p.message())
                        .append('\n');
            }
            md.append("```\n\n");
        }
        if (unit.isPresent()) {
            Optional<UnitPlayer> player = plugins.playerFor(unit.get().kind());
            md.append(player.map(p -> p.previewMarkdown(unit.get())).orElse(unit.get().body()));
        } else {
            md.append(text);
        }
        return new Preview(title, md.toString(), problems.size());
    }

    private Optional<Unit> unit(String text) {
        Optional<Path> root = CourseValidator.courseRootOf(file);
        Path base = root.orElse(file.getParent());
        String relative = base.relativize(file).toString().replace('\\', '/');
        String label = null;
        if (root.isPresent()) {
            CourseLoader.Inspection inspection = CourseLoader.inspect(root.get());
            if (inspection.course() != null) {
                Optional<Unit> listed =
                        inspection.course().units().stream()
                                .filter(u -> u.relativePath().equals(relative))
                                .findFirst();
                if (listed.isPresent()) {
                    return listed;
                }
            }
        }
        UnitKind kind = UnitKind.ofPath(relative).orElseGet(() -> CourseValidator.guessKind(text));
        return CourseLoader.unit(file, relative, kind, label, text, new ArrayList<>());
    }

    /** The file's last change, to notice saves. */
    public long stamp() {
        try {
            return Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
