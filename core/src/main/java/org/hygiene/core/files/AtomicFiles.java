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

/**
 * Replace a file so that at every instant it holds either the old or the new content, never a torn
 * mix: write a temporary file beside it, force it to the disk, then rename it over the target. The
 * progress store's way of saving, shared with every other file Hygiene writes.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Write {@code bytes} to {@code file} atomically, creating its folder if needed. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
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
