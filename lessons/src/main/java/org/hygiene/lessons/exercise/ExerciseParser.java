package org.hygiene.lessons.exercise;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hygiene.core.course.Problem;
import org.hygiene.lessons.exercise.answer.AnswerHash;
import org.hygiene.lessons.exercise.answer.AnswerKey;
import org.hygiene.lessons.exercise.answer.AnswerType;
import org.hygiene.lessons.exercise.answer.AnswerTypes;
import org.hygiene.lessons.exercise.answer.NumberAnswer;
import org.hygiene.lessons.exercise.answer.RegexAnswer;
import org.hygiene.lessons.exercise.answer.SetAnswer;
import org.hygiene.lessons.exercise.answer.TextAnswer;
import org.hygiene.lessons.exercise.answer.TimestampAnswer;
import org.hygiene.lessons.exercise.format.BlockParser;
import org.hygiene.lessons.exercise.format.Node;
import org.hygiene.lessons.exercise.format.SourceLine;

/**
 * Turn the lines of an {@code exercise} block into an {@link Exercise}, reporting every problem
 * with its position.
 */
public final class ExerciseParser {
    /** The exercise (when it could be built) and the problems found. */
    public record Parsed(Optional<Exercise> exercise, List<Problem> problems) {}

    static final Set<String> KEYS =
            Set.of(
                    "id",
                    "title",
                    "question",
                    "type",
                    "answer",
                    "answers",
                    "answer-hash",
                    "answer-hashes",
                    "salt",
                    "pattern",
                    "patterns",
                    "case",
                    "tolerance",
                    "of",
                    "match",
                    "matches",
                    "rejects",
                    "points",
                    "hints",
                    "wrong",
                    "explanation",
                    "query");
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    static final int DEFAULT_POINTS = 10;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private Node.Mapping root;
    private final int blockLine;

    private ExerciseParser(String file, int blockLine) {
        this.file = file;
        this.blockLine = blockLine;
    }

    /**
     * Parse one block; {@code blockLine} is the line of its opening fence, for whole-block
     * problems.
     */
    public static Parsed parse(String file, int blockLine, List<SourceLine> lines) {
        ExerciseParser p = new ExerciseParser(file, blockLine);
        BlockParser.Result r = BlockParser.parse(lines);
        for (BlockParser.Issue i : r.issues()) {
            p.problems.add(new Problem(file, i.line(), i.column(), i.message()));
        }
        p.root = r.root();
        Exercise e = p.build();
        return new Parsed(
                Optional.ofNullable(p.problems.isEmpty() ? e : null), List.copyOf(p.problems));
    }

    private Exercise build() {
        for (Node.Entry e : root.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problem(
                        e.line(),
                        e.column(),
                        "unknown key '"
                                + e.key()
                                + "'"
                                + Suggest.closest(e.key(), KEYS)
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse(""));
            }
        }
        String id = text("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problemAt(
                    "id",
                    "the id '"
                            + id
                            + "' must be lower-case letters, digits and dashes, starting with a"
                            + " letter or digit");
        }
        String title = Optional.ofNullable(text("title", false)).orElse("");
        String question = text("question", true);
        AnswerType type = type();
        List<String> answers = list("answer", "answers");
        List<String> hashes = list("answer-hash", "answer-hashes");
        for (String h : hashes) {
            if (!AnswerHash.isWellFormed(h)) {
                problemAt(
                        has("answer-hash") ? "answer-hash" : "answer-hashes",
                        "'"
                                + h
                                + "' is not a SHA-256 hash (64 hex digits); compute it with"
                                + " 'hygiene exercise hash'");
            }
        }
        String salt = Optional.ofNullable(text("salt", false)).orElse(id == null ? "" : id);
        List<Pattern> patterns = patterns(type);
        List<AnswerKey.Wrong> wrong = wrong();
        AnswerKey key = new AnswerKey(answers, hashes, salt, patterns, wrong);
        if (type != null
                && !(type instanceof RegexAnswer)
                && answers.isEmpty()
                && hashes.isEmpty()
                && patterns.isEmpty()) {
            problem(
                    blockLine,
                    1,
                    "the exercise accepts no answer: add 'answer:' (or 'answer-hash:')");
        }
        if (type != null) {
            String where = has("answer") ? "answer" : has("answers") ? "answers" : "type";
            for (String message : type.validate(key)) {
                problemAt(where, message);
            }
        }
        int points = points();
        List<Exercise.Hint> hints = hints();
        String explanation = text("explanation", true);
        String query = text("query", true);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Exercise(
                id, title, question, type, key, points, hints, explanation, query, blockLine);
    }

    private AnswerType type() {
        String name =
                Optional.ofNullable(text("type", false)).orElse("text").toLowerCase(Locale.ROOT);
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
                    Optional.ofNullable(text("of", false)).orElse("text").toLowerCase(Locale.ROOT);
            if (of.equals("set") || of.equals("regex")) {
                problemAt("of", "a set holds text, ip, path, timestamp or number items");
                return null;
            }
            AnswerType item = simple(of, "of");
            String match =
                    Optional.ofNullable(text("match", false))
                            .orElse("all")
                            .toLowerCase(Locale.ROOT);
            if (!match.equals("all") && !match.equals("any")) {
                problemAt("match", "'match' is 'all' or 'any'");
            }
            return item == null ? null : new SetAnswer(item, match.equals("any"));
        }
        if (name.equals("regex")) {
            return new RegexAnswer(list("matches", null), list("rejects", null));
        }
        return simple(name, "type");
    }

    private AnswerType simple(String name, String key) {
        switch (name) {
            case "text":
                String c =
                        Optional.ofNullable(text("case", false))
                                .orElse("insensitive")
                                .toLowerCase(Locale.ROOT);
                if (!c.equals("sensitive") && !c.equals("insensitive")) {
                    problemAt("case", "'case' is 'sensitive' or 'insensitive'");
                }
                return new TextAnswer(c.equals("sensitive"));
            case "timestamp":
                String t = text("tolerance", false);
                Optional<Duration> d =
                        t == null ? Optional.of(Duration.ZERO) : TimestampAnswer.parseDuration(t);
                if (d.isEmpty()) {
                    problemAt("tolerance", "'" + t + "' is not a duration such as 30s, 2m or 1h");
                }
                return new TimestampAnswer(d.orElse(Duration.ZERO));
            case "number":
                String n = text("tolerance", false);
                if (n == null) {
                    return NumberAnswer.exact();
                }
                boolean relative = n.strip().endsWith("%");
                try {
                    return new NumberAnswer(
                            new BigDecimal(n.strip().replace("%", "").strip()), relative);
                } catch (NumberFormatException e) {
                    problemAt("tolerance", "'" + n + "' is not a number such as 5 or 2%");
                    return NumberAnswer.exact();
                }
            default:
                Optional<AnswerType> found = AnswerTypes.simple(name);
                if (found.isEmpty()) {
                    problemAt(
                            key,
                            "unknown answer type '" + name + "'; use one of " + AnswerTypes.NAMES);
                }
                return found.orElse(null);
        }
    }

    private void checkOnly(String key, String types, String type, String setKey) {
        if (has(key)
                && !List.of(types.split(" ")).contains(type)
                && !(type.equals("set")
                        && setKey != null
                        && List.of(types.split(" "))
                                .contains(
                                        Optional.ofNullable(text(setKey, false)).orElse("text")))) {
            problemAt(
                    key,
                    "'" + key + "' applies only to " + types.replace(" ", " and ") + " answers");
        }
    }

    private List<Pattern> patterns(AnswerType type) {
        List<Pattern> out = new ArrayList<>();
        boolean caseless = type instanceof TextAnswer t && !t.caseSensitive();
        for (String p : list("pattern", "patterns")) {
            try {
                out.add(Pattern.compile(p, caseless ? Pattern.CASE_INSENSITIVE : 0));
            } catch (PatternSyntaxException e) {
                problemAt(
                        has("pattern") ? "pattern" : "patterns",
                        "the pattern '" + p + "' does not compile: " + e.getDescription());
            }
        }
        return out;
    }

    private int points() {
        String p = text("points", false);
        if (p == null) {
            return DEFAULT_POINTS;
        }
        try {
            int n = Integer.parseInt(p.strip());
            if (n < 1 || n > 1000) {
                problemAt("points", "points run from 1 to 1000");
            }
            return n;
        } catch (NumberFormatException e) {
            problemAt("points", "'" + p + "' is not a whole number of points");
            return DEFAULT_POINTS;
        }
    }

    private List<Exercise.Hint> hints() {
        List<Exercise.Hint> out = new ArrayList<>();
        for (Node item : items("hints")) {
            if (item instanceof Node.Scalar s) {
                out.add(new Exercise.Hint(s.text(), 0));
                continue;
            }
            if (!(item instanceof Node.Mapping m)) {
                problem(
                        item.line(),
                        item.column(),
                        "a hint is '- text: ...' with 'cost: N' below it");
                continue;
            }
            onlyKeys(m, Set.of("text", "cost"));
            String text = scalar(m, "text");
            String cost = scalar(m, "cost");
            int c = 0;
            if (cost != null) {
                try {
                    c = Integer.parseInt(cost.strip());
                    if (c < 0) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    Node.Entry ce = m.entries().get("cost");
                    problem(
                            ce.line(),
                            ce.column(),
                            "a hint's cost is a whole number of points, 0 or more");
                }
            }
            if (text == null || text.isBlank()) {
                problem(m.line(), m.column(), "the hint has no 'text:'");
            } else {
                out.add(new Exercise.Hint(text, c));
            }
        }
        return out;
    }

    private List<AnswerKey.Wrong> wrong() {
        List<AnswerKey.Wrong> out = new ArrayList<>();
        for (Node item : items("wrong")) {
            if (!(item instanceof Node.Mapping m)) {
                problem(
                        item.line(),
                        item.column(),
                        "a wrong answer is '- answer: ...' with 'feedback: ...' below it");
                continue;
            }
            onlyKeys(m, Set.of("answer", "feedback"));
            String answer = scalar(m, "answer");
            String feedback = scalar(m, "feedback");
            if (answer == null || answer.isBlank() || feedback == null || feedback.isBlank()) {
                problem(
                        m.line(),
                        m.column(),
                        "a wrong answer needs both 'answer:' and 'feedback:'");
            } else {
                out.add(new AnswerKey.Wrong(answer, feedback));
            }
        }
        return out;
    }

    private void onlyKeys(Node.Mapping m, Set<String> keys) {
        for (Node.Entry e : m.entries().values()) {
            if (!keys.contains(e.key())) {
                problem(
                        e.line(),
                        e.column(),
                        "unknown key '"
                                + e.key()
                                + "' here; use "
                                + String.join(" and ", new java.util.TreeSet<>(keys)));
            }
        }
    }

    private String scalar(Node.Mapping m, String key) {
        Node.Entry e = m.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof Node.Scalar s) {
            return s.text();
        }
        problem(
                e.line(),
                e.column(),
                "'" + key + "' should be text, not " + Node.describe(e.value()));
        return null;
    }

    private List<Node> items(String key) {
        Node.Entry e = root.entries().get(key);
        if (e == null) {
            return List.of();
        }
        if (e.value() instanceof Node.Sequence s) {
            return s.items();
        }
        if (e.value() instanceof Node.Scalar s && s.text().isEmpty()) {
            return List.of();
        }
        problem(e.line(), e.column(), "'" + key + "' should be a list of '- ' items");
        return List.of();
    }

    /** Values of a key that may hold one text or a list of texts, under either of two names. */
    private List<String> list(String one, String many) {
        if (many != null && has(one) && has(many)) {
            problemAt(many, "give either '" + one + "' or '" + many + "', not both");
        }
        List<String> out = new ArrayList<>();
        for (String key : many == null ? List.of(one) : List.of(one, many)) {
            Node.Entry e = root.entries().get(key);
            if (e == null) {
                continue;
            }
            if (e.value() instanceof Node.Scalar s) {
                if (!s.text().isBlank()) {
                    out.add(s.text());
                }
            } else if (e.value() instanceof Node.Sequence seq) {
                for (Node item : seq.items()) {
                    if (item instanceof Node.Scalar s) {
                        out.add(s.text());
                    } else {
                        problem(
                                item.line(),
                                item.column(),
                                "each item of '"
                                        + key
                                        + "' should be text (quote it if it holds ': ')");
                    }
                }
            } else {
                problem(
                        e.line(),
                        e.column(),
                        "'" + key + "' should be text or a list, not keyed entries");
            }
        }
        return out;
    }

    private String text(String key, boolean required) {
        Node.Entry e = root.entries().get(key);
        if (e == null) {
            if (required) {
                problem(blockLine, 1, "the exercise has no '" + key + ":'");
            }
            return null;
        }
        if (!(e.value() instanceof Node.Scalar s)) {
            problem(
                    e.line(),
                    e.column(),
                    "'" + key + "' should be text, not " + Node.describe(e.value()));
            return null;
        }
        if (s.text().isBlank()) {
            problem(e.line(), e.column(), "'" + key + "' is empty");
            return required ? null : null;
        }
        return s.text();
    }

    private boolean has(String key) {
        return root.entries().containsKey(key);
    }

    private void problemAt(String key, String message) {
        Node.Entry e = root.entries().get(key);
        if (e == null) {
            problem(blockLine, 1, message);
        } else {
            problem(e.line(), e.column(), message);
        }
    }

    private void problem(int line, int column, String message) {
        problems.add(new Problem(file, line, column, message));
    }
}
