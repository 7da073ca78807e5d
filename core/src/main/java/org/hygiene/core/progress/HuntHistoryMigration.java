package org.hygiene.core.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hygiene.core.files.AtomicFiles;

/**
 * Move the hunt history of older versions, one shared {@code <data>/hunt_history}, into the
 * per-learner file {@code <data>/history/<learner>.hunt}, once, losing neither: when both exist the
 * old entries go first (they are older) and the old file is kept aside as {@code
 * hunt_history.migrated}, so the move never runs twice.
 */
final class HuntHistoryMigration {
    static final String OLD_NAME = "hunt_history";

    private HuntHistoryMigration() {}

    /** Migrate into {@code target} if the old file is still there; never fails the caller. */
    static void migrate(Path dataDir, Path target) {
        Path old = dataDir == null ? null : dataDir.resolve(OLD_NAME);
        if (old == null || !Files.isRegularFile(old)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            byte[] before = Files.readAllBytes(old);
            byte[] after = Files.isRegularFile(target) ? Files.readAllBytes(target) : new byte[0];
            boolean needsBreak = before.length > 0 && before[before.length - 1] != '\n';
            byte[] merged = new byte[before.length + (needsBreak ? 1 : 0) + after.length];
            System.arraycopy(before, 0, merged, 0, before.length);
            if (needsBreak) {
                merged[before.length] = '\n';
            }
            System.arraycopy(after, 0, merged, merged.length - after.length, after.length);
            AtomicFiles.write(target, merged);
            AtomicFiles.move(old, dataDir.resolve(OLD_NAME + ".migrated"));
        } catch (IOException | RuntimeException e) {
            // History is a convenience: a failed move leaves both files as they were, to retry.
        }
    }
}
