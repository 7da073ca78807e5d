package org.hygiene.lessons.logs;

/**
 * Where a row was read: a file (as shown to the user, relative to the evidence folder) and the
 * 1-based line its record starts on. Used in error messages and to cite evidence.
 */
public record Origin(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
