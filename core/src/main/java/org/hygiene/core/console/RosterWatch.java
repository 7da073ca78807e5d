package org.hygiene.core.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Supplier;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;

/**
 * The names of a class's learners (trainers left out) for the console, read again when the roster
 * file changes, so learners added while the class is served appear; a roster that cannot be read
 * keeps the last names read.
 */
public final class RosterWatch implements Supplier<List<String>> {
    private final Path file;
    private FileTime seen;
    private List<String> names = List.of();

    public RosterWatch(Path file) {
        this.file = file;
    }

    @Override
    public synchronized List<String> get() {
        try {
            FileTime now = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
            if (now != null && !now.equals(seen)) {
                names =
                        Roster.load(file).learners().stream()
                                .filter(e -> !e.trainer())
                                .map(RosterEntry::name)
                                .toList();
                seen = now;
            }
        } catch (IOException | RuntimeException e) {
            // Being rewritten, or damaged by hand: keep the names we had.
        }
        return names;
    }
}
