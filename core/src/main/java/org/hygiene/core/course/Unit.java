package org.hygiene.core.course;

import java.nio.file.Path;

/**
 * One lesson or quiz of the course.
 *
 * @param id the stable id from the front matter; progress keys on it, so it never changes
 * @param path the file, inside the course root (a folder or the bundled jar)
 * @param relativePath the path as written in the outline, for messages
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line of the file on which {@code body} starts
 */
public record Unit(
        String id,
        UnitKind kind,
        String title,
        int minutes,
        FrontMatter frontMatter,
        Path path,
        String relativePath,
        String body,
        int bodyLine) {}
