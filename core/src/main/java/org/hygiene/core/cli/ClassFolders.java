package org.hygiene.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hygiene.core.app.UserException;
import org.hygiene.core.text.Sanitizer;

/** Where a class's folder is, for the report commands: {@code <data>/classes/<name>/}. */
final class ClassFolders {
    private ClassFolders() {}

    static Path existing(Path dataDir, String name) {
        boolean plain =
                !name.isEmpty()
                        && name.length() <= 64
                        && name.chars()
                                .allMatch(
                                        c ->
                                                c < 128 && Character.isLetterOrDigit(c)
                                                        || c == '-'
                                                        || c == '_');
        if (!plain) {
            throw new UserException(
                    "'"
                            + Sanitizer.clean(name)
                            + "' is not a class name (letters, digits, - and _)");
        }
        Path root = dataDir.resolve("classes").resolve(name);
        if (!Files.isDirectory(root)) {
            throw new UserException(
                    "there is no class '"
                            + name
                            + "' (make it with: hygiene class new "
                            + name
                            + ")");
        }
        return root;
    }
}
