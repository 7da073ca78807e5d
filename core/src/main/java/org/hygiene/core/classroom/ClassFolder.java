package org.hygiene.core.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.hygiene.core.app.UserException;
import org.hygiene.core.files.OwnerOnly;
import org.hygiene.core.progress.ProgressStore;

/**
 * Where one class lives: {@code <data>/classes/<name>/} holds the roster, the server's host key,
 * the auth log and one progress file per learner (the same {@link ProgressStore} a learner uses
 * alone, rooted here).
 */
public final class ClassFolder {
    private final String name;
    private final Path root;

    private ClassFolder(String name, Path root) {
        this.name = name;
        this.root = root;
    }

    /** The folder of class {@code name} under the data folder; the name is checked. */
    public static ClassFolder of(Path dataDir, String name) {
        String checked = RosterNames.require(name, "class");
        return new ClassFolder(checked, dataDir.resolve("classes").resolve(checked));
    }

    /** The folder of an existing class, or a clear message naming the command that makes one. */
    public static ClassFolder existing(Path dataDir, String name) {
        ClassFolder folder = of(dataDir, name);
        if (!Files.isRegularFile(folder.rosterFile())) {
            throw new UserException(
                    "there is no class '"
                            + folder.name
                            + "' (make it with: hygiene class new "
                            + folder.name
                            + ")");
        }
        return folder;
    }

    public String name() {
        return name;
    }

    public Path root() {
        return root;
    }

    public Path rosterFile() {
        return root.resolve("roster.json");
    }

    public Path hostKeyFile() {
        return root.resolve("host-key");
    }

    public Path authLogFile() {
        return root.resolve("auth.log");
    }

    public boolean exists() {
        return Files.isRegularFile(rosterFile());
    }

    /** Each learner's progress, one file per learner under {@code progress/}. */
    public ProgressStore progressStore(Clock clock) {
        return new ProgressStore(root, clock);
    }

    /** Make the folder, readable by its owner only where the file system allows. */
    public void create() throws IOException {
        Files.createDirectories(root);
        OwnerOnly.restrict(root);
    }
}
