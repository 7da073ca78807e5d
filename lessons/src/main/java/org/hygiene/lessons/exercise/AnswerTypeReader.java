package org.hygiene.lessons.exercise;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hygiene.core.text.LiteralSplitter;
import org.hygiene.lessons.exercise.answer.AnswerType;
import org.hygiene.lessons.exercise.answer.AnswerTypes;
import org.hygiene.lessons.exercise.answer.NumberAnswer;
import org.hygiene.lessons.exercise.answer.RegexAnswer;
import org.hygiene.lessons.exercise.answer.SetAnswer;
import org.hygiene.lessons.exercise.answer.TextAnswer;
import org.hygiene.lessons.exercise.answer.TimestampAnswer;
import org.hygiene.lessons.regex.BoundedRegex;

/** Build the answer type of an exercise block from {@code type} and its settings. */
final class AnswerTypeReader {
    private final BlockEntries b;

    AnswerTypeReader(BlockEntries entries) {
        this.b = entries;
    }

    AnswerType type() {
        String name =
                Optional.ofNullable(b.text("type", false)).orElse("text").toLowerCase(Locale.ROOT);
        checkOnly("case", "text", name, "of");
        checkOnly("tolerance", "timestamp number", name, "of");
        checkOnly("of", "set", name, null);
        checkOnly("match", "set", name, null);
        checkOnly("matches", "regex", name, null);
        checkOnly("rejects", "regex", name, null);
        checkOnly("pattern", "text", name, null);
        checkOnly("patterns", "text", name, null);
        if (name.equals("set")) {
            String of =
                    Optional.ofNullable(b.text("of", false))
                            .orElse("text")
                            .toLowerCase(Locale.ROOT);
            if (of.equals("set") || of.equals("regex")) {
                b.problemAt("of", "a set holds text, ip, path, timestamp or number items");
                return null;
            }
            AnswerType item = simple(of, "of");
            String match =
                    Optional.ofNullable(b.text("match", false))
                            .orElse("all")
                            .toLowerCase(Locale.ROOT);
            if (!match.equals("all") && !match.equals("any")) {
                b.problemAt("match", "'match' is 'all' or 'any'");
            }
            return item == null ? null : new SetAnswer(item, match.equals("any"));
        }
        if (name.equals("regex")) {
            return new RegexAnswer(b.list("matches", null), b.list("rejects", null));
        }
        return simple(name, "type");
    }

    AnswerType simple(String name, String key) {
        switch (name) {
            case "text":
                String c =
                        Optional.ofNullable(b.text("case", false))
                                .orElse("insensitive")
                                .toLowerCase(Locale.ROOT);
                if (!c.equals("sensitive") && !c.equals("insensitive")) {
                    b.problemAt("case", "'case' is 'sensitive' or 'insensitive'");
                }
                return new TextAnswer(c.equals("sensitive"));
            case "timestamp":
                String t = b.text("tolerance", false);
                Optional<Duration> d =
                        t == null ? Optional.of(Duration.ZERO) : TimestampAnswer.parseDuration(t);
                if (d.isEmpty()) {
                    b.problemAt("tolerance", "'" + t + "' is not a duration such as 30s, 2m or 1h");
                }
                return new TimestampAnswer(d.orElse(Duration.ZERO));
            case "number":
                String n = b.text("tolerance", false);
                if (n == null) {
                    return NumberAnswer.exact();
                }
                boolean relative = n.strip().endsWith("%");
                try {
                    return new NumberAnswer(
                            new BigDecimal(n.strip().replace("%", "").strip()), relative);
                } catch (NumberFormatException ex) {
                    b.problemAt("tolerance", "'" + n + "' is not a number such as 5 or 2%");
                    return NumberAnswer.exact();
                }
            default:
                Optional<AnswerType> found = AnswerTypes.simple(name);
                if (found.isEmpty()) {
                    b.problemAt(
                            key,
                            "unknown answer type '" + name + "'; use one of " + AnswerTypes.NAMES);
                }
                return found.orElse(null);
        }
    }

    void checkOnly(String key, String types, String type, String setKey) {
        if (b.has(key)
                && !List.of(LiteralSplitter.split(types, ' ')).contains(type)
                && !(type.equals("set")
                        && setKey != null
                        && List.of(LiteralSplitter.split(types, ' '))
                                .contains(
                                        Optional.ofNullable(b.text(setKey, false))
                                                .orElse("text")))) {
            b.problemAt(
                    key,
                    "'" + key + "' applies only to " + types.replace(" ", " and ") + " answers");
        }
    }

    List<Pattern> patterns(AnswerType type) {
        List<Pattern> out = new ArrayList<>();
        boolean caseless = type instanceof TextAnswer t && !t.caseSensitive();
        for (String p : b.list("pattern", "patterns")) {
            try {
                out.add(BoundedRegex.compile(p, caseless ? Pattern.CASE_INSENSITIVE : 0));
            } catch (PatternSyntaxException ex) {
                b.problemAt(
                        b.has("pattern") ? "pattern" : "patterns",
                        "the pattern '" + p + "' does not compile: " + ex.getDescription());
            }
        }
        return out;
    }
}
