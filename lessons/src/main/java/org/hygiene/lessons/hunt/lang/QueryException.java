package org.hygiene.lessons.hunt.lang;

import java.util.Optional;

/**
 * A query that cannot run: it names the problem, where it is (offsets into the query text) and,
 * when one is close, the name the learner probably meant.
 */
public final class QueryException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The most characters of the query shown around a problem. */
    private static final int WINDOW = 72;

    private final int start;
    private final int end;
    private final String suggestion;

    public QueryException(String message, int start, int end, String suggestion) {
        super(message);
        this.start = start;
        this.end = Math.max(end, start);
        this.suggestion = suggestion;
    }

    public QueryException(String message, int start, int end) {
        this(message, start, end, null);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /** The 1-based line of the problem in {@code query}. */
    public int line(String query) {
        int line = 1;
        for (int i = 0; i < Math.min(start, query.length()); i++) {
            if (query.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of the problem in its line of {@code query}. */
    public int column(String query) {
        int lineStart = query.lastIndexOf('\n', Math.min(start, query.length()) - 1) + 1;
        return start - lineStart + 1;
    }

    /**
     * Render the problem for a terminal: the offending line, a caret under the column, the message
     * and the suggestion, if any.
     */
    public String render(String query) {
        return render(query, Integer.MAX_VALUE);
    }

    /**
     * Render the problem for a terminal {@code width} columns wide. A long query line is shown as a
     * window around the problem, cut with {@code ...}, so that neither it nor the caret line wraps
     * and the caret stays under the text it points at.
     */
    public String render(String query, int width) {
        int at = Math.min(start, query.length());
        int lineStart = query.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = query.indexOf('\n', at);
        if (lineEnd < 0) {
            lineEnd = query.length();
        }
        // Show at most a window of the line around the problem: a query can be megabytes long.
        // ... and narrower than the terminal, so neither it nor the caret line wraps.
        int window = Math.min(WINDOW, Math.max(16, width - 8));
        int from = Math.max(lineStart, at - window / 2);
        int to = Math.min(lineEnd, from + window);
        String prefix = from > lineStart ? "..." : "";
        String line = prefix + query.substring(from, to).replace('\t', ' ');
        line += to < lineEnd ? "..." : "";
        int span = Math.max(1, Math.min(Math.min(end, lineEnd), to) - at);
        StringBuilder out = new StringBuilder();
        out.append("  ").append(org.hygiene.core.text.Sanitizer.clean(line)).append('\n');
        out.append("  ").append(" ".repeat(prefix.length() + at - from)).append('^');
        out.append("~".repeat(span - 1)).append('\n');
        out.append("line ").append(line(query)).append(", column ").append(column(query));
        out.append(": ").append(org.hygiene.core.text.Sanitizer.clean(getMessage()));
        if (suggestion != null) {
            out.append("\n  did you mean '").append(suggestion).append("'?");
        }
        return out.toString();
    }
}
