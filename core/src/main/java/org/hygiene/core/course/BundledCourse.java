package org.hygiene.core.course;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Find the course that ships inside {@code hygiene.jar} (under {@code /course}) and expose it as a
 * {@link Path}, so that the same loader and log readers work for a folder and for the jar.
 */
public final class BundledCourse {
    private static final String MARKER = "course/" + CourseLoader.OUTLINE;

    private BundledCourse() {}

    /** Return the bundled course root, or empty when no course is on the class path. */
    public static Optional<Path> root() {
        URL url = BundledCourse.class.getClassLoader().getResource(MARKER);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return Optional.of(fs.getPath("/course"));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            return Optional.empty();
        }
    }
}
