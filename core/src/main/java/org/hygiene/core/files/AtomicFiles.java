package org.hygiene.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replace a file so that at every instant it holds either the old or the new content, never a torn
 * mix: write a temporary file beside it, force it to the disk, then rename it over the target. The
 * progress store's way of saving, shared with every other file Hygiene writes.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Write {@code bytes} to {@code file} atomically, creating its folder if needed. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, false);
    }

    /**
     * Write {@code bytes} to {@code file} atomically as {@link #write} does; the file is readable
     * by its owner only from its birth (the temporary file is created so), never for an instant
     * open to others. For secrets: host keys, password hashes.
     */
    public static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        write(file, bytes, true);
    }

    private static void write(Path file, byte[] bytes, boolean ownerOnly) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String prefix = "." + file.getFileName();
        Path temp =
                ownerOnly && OwnerOnly.supported(dir)
                        ? Files.createTempFile(
                                dir,
                                prefix,
                                ".tmp",
                                PosixFilePermissions.asFileAttribute(OwnerOnly.FILE))
                        : Files.createTempFile(dir, prefix, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Rename {@code from} over {@code to}: atomically where the file system can, else a plain
     * replacing move (some network and FUSE file systems refuse atomic moves).
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
