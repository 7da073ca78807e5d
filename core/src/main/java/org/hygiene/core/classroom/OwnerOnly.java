package org.hygiene.core.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keep the class's secrets (host key, roster hashes, log) readable by the trainer only. On file
 * systems without POSIX permissions (Windows) the user's profile folder already protects them.
 */
final class OwnerOnly {
    private static final Set<PosixFilePermission> FILE =
            PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER =
            PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {}

    static boolean supported(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null
                && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }

    /** Restrict an existing file or folder to its owner. */
    static void restrict(Path path) throws IOException {
        if (supported(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /** Whether anyone but the owner may read or write {@code file}. */
    static boolean isOpenToOthers(Path file) throws IOException {
        if (!supported(file)) {
            return false;
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
        p.removeAll(FOLDER);
        return !p.isEmpty();
    }

    /** Write {@code bytes} to {@code target} atomically; the file is owner-only from its birth. */
    static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp =
                supported(folder)
                        ? Files.createTempFile(
                                folder,
                                "." + target.getFileName(),
                                ".tmp",
                                PosixFilePermissions.asFileAttribute(FILE))
                        : Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (java.nio.channels.FileChannel channel =
                    java.nio.channels.FileChannel.open(
                            temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(
                        temp,
                        target,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
