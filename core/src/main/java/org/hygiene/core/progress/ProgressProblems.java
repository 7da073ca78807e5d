package org.hygiene.core.progress;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** Say in plain words why progress could not be written. */
public final class ProgressProblems {
    private ProgressProblems() {}

    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "the data folder is not writable (" + a.getFile() + ": permission denied)";
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "cannot be written" : f.getReason();
            if (reason.toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
                return "the data folder is on a read-only file system (" + f.getFile() + ")";
            }
            return f.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
