package org.hygiene.lessons.hunt.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Split the shell's line for JLine: the word under the cursor is the name being typed. Whether
 * Enter runs the line or continues it is {@link QueryEnter}'s decision.
 */
final class HuntLineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int start = Math.min(cursor, line.length());
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        if (start > 0
                && (line.charAt(start - 1) == '.' || line.charAt(start - 1) == '!')
                && (start == 1 || !isWordChar(line.charAt(start - 2)))) {
            start--;
        }
        int end = Math.min(cursor, line.length());
        while (end < line.length() && isWordChar(line.charAt(end))) {
            end++;
        }
        return new Line(line, cursor, start, end);
    }

    /** Whether the query is left open: a trailing {@code |} or an open parenthesis. */
    static boolean continues(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith(".")) {
            return false;
        }
        if (s.endsWith("|")) {
            return true;
        }
        int[] depth = {0};
        QueryScanner.scan(
                s,
                (i, c) -> {
                    if (c == '(') {
                        depth[0]++;
                    } else if (c == ')') {
                        depth[0]--;
                    }
                });
        return depth[0] > 0;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-' || c == '~';
    }

    private record Line(String line, int cursor, int start, int end)
            implements CompletingParsedLine {
        @Override
        public String word() {
            return line.substring(start, Math.min(end, line.length()));
        }

        @Override
        public int wordCursor() {
            return cursor - start;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return end - start;
        }
    }
}
