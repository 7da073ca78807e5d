package org.hygiene.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Write small course folders for tests. */
public final class CourseFolder {
    private final Path root;

    public CourseFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public CourseFolder file(String relative, String text) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lesson with the given id and title and a body of {@code paragraphs} paragraphs. */
    public CourseFolder lesson(String relative, String id, String title, int paragraphs) {
        StringBuilder body = new StringBuilder("# " + title + "\n\n");
        for (int i = 1; i <= paragraphs; i++) {
            body.append("Paragraph ").append(i).append(" of ").append(title).append(".\n\n");
        }
        body.append("The end of ").append(title).append(".\n");
        return file(
                relative, "---\nid: " + id + "\ntitle: " + title + "\nminutes: 5\n---\n" + body);
    }
}
