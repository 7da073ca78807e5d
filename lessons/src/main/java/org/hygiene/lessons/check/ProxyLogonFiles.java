package org.hygiene.lessons.check;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.hygiene.core.files.AtomicFiles;

/**
 * Write the files of {@code check --out DIR} without following links and without replacing what is
 * not ours (CWE-59). Each file is written under a fresh random name in DIR (created exclusively, so
 * a planted link cannot redirect it) and then renamed over its final name: a rename replaces a link
 * itself, never what it points to. A final name that exists and is anything but a regular file (a
 * link, a folder, a pipe) is left alone and the write fails with a message.
 */
final class ProxyLogonFiles {
    private ProxyLogonFiles() {}

    /** A writer for {@code file}; the file appears, whole, when the writer is closed. */
    static Writer create(Path file) throws IOException {
        refuseIfNotOurs(file);
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".hygiene-check-", ".tmp");
        Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        return new FilterWriter(w) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    super.close();
                    refuseIfNotOurs(file);
                    AtomicFiles.move(temp, file);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        };
    }

    private static void refuseIfNotOurs(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(
                    file
                            + " exists and is not a regular file (a link, folder or device);"
                            + " hygiene does not replace it");
        }
    }
}
