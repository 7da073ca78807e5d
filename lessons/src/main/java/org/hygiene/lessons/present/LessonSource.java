package org.hygiene.lessons.present;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;
import org.hygiene.core.course.Unit;

/**
 * The lesson being presented, reloaded when its file is saved. Only files on the local disk are
 * watched; the course bundled in the jar cannot change under the presenter.
 */
final class LessonSource {
    private final Supplier<Unit> loader;
    private final Path watched;
    private FileTime seen;
    private LessonDeck current;

    /** Read the lesson with {@code loader}, which must throw a UserException it cannot. */
    LessonSource(Supplier<Unit> loader) {
        this.loader = loader;
        Unit unit = loader.get();
        this.watched = unit.path().getFileSystem() == FileSystems.getDefault() ? unit.path() : null;
        this.seen = stamp();
        this.current = new LessonDeck(unit);
    }

    LessonDeck current() {
        return current;
    }

    /** Read the lesson again now; a lesson that no longer loads keeps the last good version. */
    LessonDeck reload() {
        seen = stamp();
        try {
            current = new LessonDeck(loader.get());
        } catch (RuntimeException e) {
            // Mid-save or broken for a moment: keep showing what worked.
        }
        return current;
    }

    /** Whether the file was saved since the last look; reloads it when so. */
    boolean changed() {
        if (watched == null) {
            return false;
        }
        FileTime now = stamp();
        if (now == null || now.equals(seen)) {
            return false;
        }
        reload();
        return true;
    }

    private FileTime stamp() {
        if (watched == null) {
            return null;
        }
        try {
            return Files.getLastModifiedTime(watched);
        } catch (IOException e) {
            return null;
        }
    }
}
