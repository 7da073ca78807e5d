package org.hygiene.lessons.logs;

/**
 * A log line a reader could not read and left out: where it is, why, and how it begins, so a
 * learner told "1 line skipped" can see which one and judge it (usually the last line of a log
 * copied while the server was still writing it).
 *
 * @param start the line's first characters, as read (sanitise before showing)
 */
public record SkippedLine(Origin origin, String reason, String start) {
    /** How many skipped lines a reader keeps the details of; the rest are only counted. */
    public static final int KEPT = 20;

    /** How many characters of a skipped line are kept. */
    public static final int START = 160;

    /** A skipped line, keeping only its first {@link #START} characters. */
    public static SkippedLine of(Origin origin, String reason, String line) {
        String start = line == null ? "" : line.length() > START ? line.substring(0, START) : line;
        return new SkippedLine(origin, reason, start);
    }
}
