package org.hygiene.lessons.hunt.lang;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.hygiene.lessons.regex.BoundedRegex;

/**
 * Compile learner-typed regular expressions with RE2/J, whose matching time grows linearly with the
 * text, so no pattern can hang the shell on a long log line.
 */
final class Regexes {
    private static final String WHY =
            " The hunt language runs regular expressions with RE2, which guarantees time linear in"
                    + " the length of the text, so a pattern can never hang on a long log line;"
                    + " that guarantee rules out constructs that need backtracking.";

    private Regexes() {}

    static Pattern compile(String pattern, Expr at) throws QueryException {
        String unsupported = unsupported(pattern);
        if (unsupported != null) {
            throw new QueryException(unsupported + WHY, at.start(), at.end());
        }
        try {
            return BoundedRegex.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new QueryException(
                    "invalid regular expression: " + e.getDescription(), at.start(), at.end());
        }
    }

    private static String unsupported(String p) {
        for (int i = 0; i + 1 < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                char n = p.charAt(i + 1);
                if (n >= '1' && n <= '9') {
                    return "backreferences such as \\" + n + " are not supported.";
                }
                if (n == 'k' && i + 2 < p.length() && p.charAt(i + 2) == '<') {
                    return "named backreferences (\\k<name>) are not supported.";
                }
                i++;
                continue;
            }
            if (c == '(' && p.startsWith("(?=", i) || p.startsWith("(?!", i)) {
                return "lookahead ((?=...) and (?!...)) is not supported.";
            }
            if (p.startsWith("(?<=", i) || p.startsWith("(?<!", i)) {
                return "lookbehind ((?<=...) and (?<!...)) is not supported.";
            }
            if (p.startsWith("(?>", i)) {
                return "atomic groups ((?>...)) are not supported.";
            }
        }
        return null;
    }
}
