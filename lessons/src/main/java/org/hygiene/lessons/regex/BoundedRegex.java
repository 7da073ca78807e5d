package org.hygiene.lessons.regex;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Locale;

/**
 * Compile and run regular expressions typed by learners and authors within fixed bounds. RE2/J is
 * linear in the text but not in the pattern: a 30-character pattern can compile to a billion
 * instructions, and matching costs up to (instructions x characters). So a pattern is refused when
 * it is longer than {@link #MAX_PATTERN_CHARS} or compiles to more than {@link #MAX_PROGRAM_SIZE}
 * instructions, and one match is refused when its worst case exceeds {@link #MAX_MATCH_WORK} steps.
 * The limits are documented in docs/hunt-language.md. A pattern RE2/J would never finish compiling
 * ({@link CaseFoldHazard}) is refused too.
 */
public final class BoundedRegex {
    /** The longest pattern accepted, in characters. */
    public static final int MAX_PATTERN_CHARS = 1_000;

    /** The most instructions a compiled pattern may have (a{1,400} has about 800). */
    public static final int MAX_PROGRAM_SIZE = 1_000;

    /**
     * The most (instructions x characters) one match may cost: about a second in the worst case,
     * and room for any ordinary pattern over a 1 MiB field.
     */
    public static final long MAX_MATCH_WORK = 50_000_000L;

    private BoundedRegex() {}

    /**
     * Compile {@code pattern} with RE2/J's {@code flags}, or throw {@link PatternSyntaxException}
     * with a sentence that says which bound it broke.
     */
    public static Pattern compile(String pattern, int flags) {
        if (pattern.length() > MAX_PATTERN_CHARS) {
            throw tooBig(
                    pattern,
                    "the pattern is "
                            + count(pattern.length())
                            + " characters long; the limit is "
                            + count(MAX_PATTERN_CHARS));
        }
        if (CaseFoldHazard.found(pattern, flags)) {
            throw tooBig(pattern, CaseFoldHazard.WHY);
        }
        // Refuse before compiling: compiling a pattern that expands too far is what exhausts
        // memory.
        long estimate = RegexExpansion.estimate(pattern);
        if (estimate > 4L * MAX_PROGRAM_SIZE) {
            throw tooComplex(pattern, estimate);
        }
        Pattern p = Pattern.compile(pattern, flags);
        if (p.programSize() > MAX_PROGRAM_SIZE) {
            throw tooComplex(pattern, p.programSize());
        }
        return p;
    }

    /** {@link #compile(String, int)} without flags. */
    public static Pattern compile(String pattern) {
        return compile(pattern, 0);
    }

    /**
     * Whether {@code p} finds a match in {@code text}; throws {@link RegexTooCostlyException} when
     * the worst case of this one match is over {@link #MAX_MATCH_WORK}.
     */
    public static boolean find(Pattern p, CharSequence text) {
        checkWork(p, text);
        return p.matcher(text).find();
    }

    /**
     * Throw {@link RegexTooCostlyException} when matching {@code p} on {@code text} may be slow.
     */
    public static void checkWork(Pattern p, CharSequence text) {
        long work = (long) p.programSize() * text.length();
        if (work > MAX_MATCH_WORK) {
            throw new RegexTooCostlyException(
                    "the regular expression is too complex for a value of "
                            + count(text.length())
                            + " characters (its "
                            + count(p.programSize())
                            + " steps per character would take too long); simplify the pattern,"
                            + " or filter the rows with has or contains first");
        }
    }

    private static PatternSyntaxException tooComplex(String pattern, long size) {
        String amount = size >= 4L * MAX_PROGRAM_SIZE ? "more than " + count(size) : count(size);
        return tooBig(
                pattern,
                "the pattern is too complex: it expands to "
                        + amount
                        + " steps and the limit is "
                        + count(MAX_PROGRAM_SIZE)
                        + "; nested counted repetitions such as (a{1,100}){1,100} multiply,"
                        + " so use smaller counts or + and *");
    }

    private static PatternSyntaxException tooBig(String pattern, String why) {
        String shown = pattern.length() > 60 ? pattern.substring(0, 60) + "..." : pattern;
        return new PatternSyntaxException(why, shown);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
