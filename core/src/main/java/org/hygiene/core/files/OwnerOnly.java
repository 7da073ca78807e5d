package org.hygiene.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keep secrets (a class's host key, roster hashes, log) readable by their owner only. On file
 * systems without POSIX permissions (Windows) the user's profile folder already protects them.
 * {@link AtomicFiles#writeOwnerOnly} writes files that are owner-only from their birth.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER =
            PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {}

    /**
     * Whether the file system at {@code path} (or its nearest existing parent) has POSIX
     * permissions.
     */
    public static boolean supported(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null
                && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }

    /** Restrict an existing file or folder to its owner. */
    public static void restrict(Path path) throws IOException {
        if (supported(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /** Whether anyone but the owner may read or write {@code file}. */
    public static boolean isOpenToOthers(Path file) throws IOException {
        if (!supported(file)) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
        p.removeAll(FOLDER);
        return !p.isEmpty();
    }
}
