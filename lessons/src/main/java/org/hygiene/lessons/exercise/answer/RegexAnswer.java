package org.hygiene.lessons.exercise.answer;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.lessons.regex.BoundedRegex;

/**
 * A regular expression the learner writes, run by RE2/J (linear time, whatever is typed). It is
 * right when it finds a match in every line it should and in none it should not, as KQL's {@code
 * matches regex} would.
 */
public record RegexAnswer(List<String> shouldMatch, List<String> shouldNotMatch)
        implements AnswerType {
    private static final int MAX_LENGTH = BoundedRegex.MAX_PATTERN_CHARS;

    public RegexAnswer {
        shouldMatch = List.copyOf(shouldMatch);
        shouldNotMatch = List.copyOf(shouldNotMatch);
    }

    @Override
    public String name() {
        return "regex";
    }

    @Override
    public String form() {
        return "a regular expression (RE2 syntax), such as ^/ecp/[a-z]{1,3}\\.js$";
    }

    @Override
    public boolean hashable() {
        return false;
    }

    @Override
    public Normalized normalize(String raw) {
        String s = raw.strip();
        if (s.startsWith("@\"") && s.endsWith("\"") && s.length() >= 3) {
            s = s.substring(2, s.length() - 1);
        } else if (s.length() >= 2 && s.startsWith("/") && s.endsWith("/")) {
            s = s.substring(1, s.length() - 1);
        } else {
            s = Texts.unwrap(s);
        }
        if (s.isEmpty()) {
            return Normalized.bad("The pattern is empty.");
        }
        if (s.length() > MAX_LENGTH) {
            return Normalized.bad(
                    String.format(
                            java.util.Locale.ROOT,
                            "The pattern is %,d characters long; the limit is %,d.",
                            s.length(),
                            MAX_LENGTH));
        }
        try {
            BoundedRegex.compile(s);
            return Normalized.ok(s);
        } catch (PatternSyntaxException e) {
            return Normalized.bad(explain(e));
        }
    }

    /** Turn RE2/J's message into advice, for the constructs RE2 leaves out on purpose. */
    static String explain(PatternSyntaxException e) {
        String d = e.getDescription() == null ? "" : e.getDescription();
        if (d.contains("escape") && hasBackReference(e.getPattern())) {
            return "RE2 has no back-references (\\1); match the text again explicitly.";
        }
        String near = e.getPattern() == null ? "" : e.getPattern();
        if (near.startsWith("(?=")
                || near.startsWith("(?!")
                || near.startsWith("(?<=")
                || near.startsWith("(?<!")) {
            return "RE2 has no look-ahead or look-behind ((?=...), (?!...)); match the text itself"
                    + " instead.";
        }
        return "The pattern does not compile: "
                + d
                + (e.getPattern() == null ? "" : " near '" + Texts.shorten(e.getPattern()) + "'")
                + ".";
    }

    private static boolean hasBackReference(String pattern) {
        if (pattern == null) {
            return false;
        }
        for (int i = 0; i + 1 < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\'
                    && pattern.charAt(i + 1) >= '1'
                    && pattern.charAt(i + 1) <= '9') {
                return true;
            }
        }
        return false;
    }

    @Override
    public Verdict check(String raw, AnswerKey key) {
        Normalized n =
                raw == null || raw.isBlank()
                        ? Normalized.bad("There is no pattern yet.")
                        : normalize(raw);
        if (n instanceof Normalized.Bad bad) {
            return Verdict.wrongForm(bad.why() + " Answer with " + form() + ".");
        }
        Pattern p = BoundedRegex.compile(((Normalized.Ok) n).value());
        List<String> missed = new ArrayList<>();
        for (String s : shouldMatch) {
            if (!BoundedRegex.find(p, s)) {
                missed.add(s);
            }
        }
        List<String> wrongly = new ArrayList<>();
        for (String s : shouldNotMatch) {
            if (BoundedRegex.find(p, s)) {
                wrongly.add(s);
            }
        }
        if (missed.isEmpty() && wrongly.isEmpty()) {
            return Verdict.correct();
        }
        StringBuilder s = new StringBuilder();
        if (!missed.isEmpty()) {
            s.append("It misses ")
                    .append(missed.size())
                    .append(" of the ")
                    .append(shouldMatch.size())
                    .append(" lines it should find, such as: ")
                    .append(Texts.shorten(missed.get(0)))
                    .append('\n');
        }
        if (!wrongly.isEmpty()) {
            s.append("It also finds ")
                    .append(wrongly.size())
                    .append(wrongly.size() == 1 ? " line" : " lines")
                    .append(" it should not, such as: ")
                    .append(Texts.shorten(wrongly.get(0)))
                    .append('\n');
        }
        return Verdict.wrong(s.toString().strip());
    }

    @Override
    public List<String> validate(AnswerKey key) {
        List<String> problems = new ArrayList<>();
        if (shouldMatch.isEmpty()) {
            problems.add("a regex exercise needs 'matches:', the lines a right pattern finds");
        }
        for (String a : key.answers()) {
            Verdict v = check(a, key);
            if (!v.isCorrect()) {
                problems.add("the model answer '" + a + "' is not right: " + v.message());
            }
        }
        return problems;
    }
}
