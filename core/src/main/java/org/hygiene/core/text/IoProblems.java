package org.hygiene.core.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Say what went wrong with a file in words, without Java's exception class names. */
public final class IoProblems {
    private IoProblems() {}

    /** A short sentence such as "permission denied: /var/log/x". */
    public static String describe(IOException e) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof java.io.EOFException) {
            what = "the file ends too early (truncated or corrupt)";
        } else if (e instanceof java.util.zip.ZipException) {
            what = "corrupt archive" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            what = f.getReason();
        } else {
            what = e.getMessage() == null ? "input/output error" : e.getMessage();
        }
        return file == null ? what : what + ": " + file;
    }
}
