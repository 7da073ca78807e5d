package org.hygiene.core.course;

/**
 * A problem found in course content, with the position an author needs to fix it. Line and column
 * are 1-based; 0 means unknown.
 */
public record Problem(String file, int line, int column, String message) {

    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, 0, message);
    }

    /** Format as {@code file:line:col: message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(message).toString();
    }
}
