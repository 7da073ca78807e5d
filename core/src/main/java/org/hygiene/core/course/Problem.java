package org.hygiene.core.course;

/**
 * A problem found in course content, with the position an author needs to fix it. Line and column
 * are 1-based; 0 means unknown.
 */
public record Problem(String file, int line, int column, String message, Severity severity) {

    /** An error (the usual case: the content would break a learner's session). */
    public Problem(String file, int line, int column, String message) {
        this(file, line, column, message, Severity.ERROR);
    }

    public static Problem at(String file, int line, String message) {
        return new Problem(file, line, 0, message);
    }

    /** A warning: the content works, but probably not as the author meant. */
    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem reported in another file name (a path relative to somewhere else). */
    public Problem inFile(String shownFile) {
        return new Problem(shownFile, line, column, message, severity);
    }

    /** Format as {@code file:line:col: message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        return position().append(": ").append(message).toString();
    }

    /** Format as {@code file:line:col: severity: message}, the form {@code validate} prints. */
    public String report() {
        // Editors jump to file:line:col; a problem about a whole line points at its start.
        return position(true)
                .append(": ")
                .append(severity.word())
                .append(": ")
                .append(message)
                .toString();
    }

    private StringBuilder position() {
        return position(false);
    }

    private StringBuilder position(boolean alwaysColumn) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0 || alwaysColumn) {
                s.append(':').append(Math.max(1, column));
            }
        }
        return s;
    }
}
