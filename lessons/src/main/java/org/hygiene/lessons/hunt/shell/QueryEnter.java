package org.hygiene.lessons.hunt.shell;

import java.util.function.Predicate;

/**
 * Decide what Enter does in the hunt shell: run what is in the buffer, or go on to a new line of
 * the same query. Lessons, {@code .examples} and KQL's own documentation write a query with each
 * {@code | operator} on its own line, so the shell must take that form as it is typed and as it is
 * pasted:
 *
 * <ul>
 *   <li>a command ({@code .tables}, {@code answer 42}) is one line and runs at once;
 *   <li>a query left open (a trailing {@code |}, an open parenthesis or quote) continues;
 *   <li>Enter on an empty line, or after a {@code ;} that ends a query, runs it (as in Azure Data
 *       Explorer, where a blank line ends a query);
 *   <li>pasted text runs when the paste ends, unless its next line starts with {@code |};
 *   <li>typed by hand, a one-line query runs at once, except a lone table name (the first line of
 *       every lesson query; any other lone word runs, to be told what it is not) or a {@code let}
 *       statement; a query with lines that start with {@code |} runs at the empty line that follows
 *       it, and one written with trailing pipes runs at its first line that does not end in {@code
 *       |}.
 * </ul>
 */
final class QueryEnter {
    /** What Enter does. */
    enum Step {
        RUN,
        CONTINUE
    }

    /** What the terminal holds after this Enter: nothing, or more of a paste. */
    enum Input {
        /** Nothing is waiting: the learner typed this line. */
        TYPED,
        /** More text is waiting and it starts with {@code |}: the query goes on. */
        PIPE_FOLLOWS,
        /** More text is waiting and it is something else: the query ends here. */
        OTHER_FOLLOWS,
        /** Nothing is waiting, but this line came in a paste (bracketed, or a burst of lines). */
        PASTE_ENDED
    }

    private QueryEnter() {}

    static Step onEnter(
            String buffer, Input input, Predicate<String> isCommand, Predicate<String> isTable) {
        String text = buffer.strip();
        if (text.isEmpty()) {
            return Step.RUN;
        }
        String first = firstWord(text);
        if (first.startsWith(".") || isCommand.test(first)) {
            return Step.RUN;
        }
        if (HuntLineParser.continues(text)) {
            return Step.CONTINUE;
        }
        if (endsWithEmptyLine(buffer)) {
            return Step.RUN;
        }
        if (text.endsWith(";")) {
            return lastStatementIsLet(text) ? Step.CONTINUE : Step.RUN;
        }
        return switch (input) {
            case PIPE_FOLLOWS -> Step.CONTINUE;
            case OTHER_FOLLOWS, PASTE_ENDED -> Step.RUN;
            case TYPED -> {
                if (text.indexOf('\n') >= 0) {
                    // Lines that start with | (the lessons' style) go on until an empty line;
                    // lines that ended with | said themselves when the query goes on.
                    yield hasLineStartingWithPipe(text) ? Step.CONTINUE : Step.RUN;
                }
                // One line: its last statement decides, so `let a = 1; HttpProxy | count` runs.
                String last = lastStatement(text).strip();
                yield (isLoneName(last) && isTable.test(last)) || firstWord(last).equals("let")
                        ? Step.CONTINUE
                        : Step.RUN;
            }
        };
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private static boolean endsWithEmptyLine(String buffer) {
        int nl = buffer.lastIndexOf('\n');
        return nl >= 0 && buffer.substring(nl + 1).isBlank();
    }

    private static boolean hasLineStartingWithPipe(String text) {
        return text.lines().anyMatch(line -> line.stripLeading().startsWith("|"));
    }

    private static boolean isLoneName(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Whether the statement that the final {@code ;} ends is a {@code let}, so a body follows. */
    private static boolean lastStatementIsLet(String text) {
        String body = text.substring(0, text.length() - 1);
        return firstWord(lastStatement(body).strip()).equals("let");
    }

    /** The text after the last {@code ;} that is outside quotes and brackets. */
    private static String lastStatement(String text) {
        int[] start = {0};
        QueryScanner.scan(
                text,
                (i, c) -> {
                    if (c == ';') {
                        start[0] = i + 1;
                    }
                });
        return text.substring(start[0]);
    }
}
