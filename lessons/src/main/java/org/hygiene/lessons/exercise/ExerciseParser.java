package org.hygiene.lessons.exercise;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hygiene.core.course.Problem;
import org.hygiene.core.text.Suggest;
import org.hygiene.core.yaml.SmallYamlParser;
import org.hygiene.core.yaml.SourceLine;
import org.hygiene.core.yaml.YamlNode;
import org.hygiene.lessons.exercise.answer.AnswerHash;
import org.hygiene.lessons.exercise.answer.AnswerKey;
import org.hygiene.lessons.exercise.answer.AnswerType;
import org.hygiene.lessons.exercise.answer.RegexAnswer;

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
    private final int blockLine;
    private BlockEntries b;

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
        SmallYamlParser.Result r = SmallYamlParser.parse(lines);
        p.b = new BlockEntries(file, blockLine, r.root());
        for (SmallYamlParser.Issue i : r.issues()) {
            p.b.problems.add(new Problem(file, i.line(), i.column(), i.message()));
        }
        Exercise e = p.build();
        return new Parsed(
                Optional.ofNullable(p.b.problems.isEmpty() ? e : null), List.copyOf(p.b.problems));
    }

    private Exercise build() {
        for (YamlNode.Entry e : b.root.entries().values()) {
            if (!KEYS.contains(e.key())) {
                b.problem(
                        e.line(),
                        e.column(),
                        "unknown key '"
                                + e.key()
                                + "'"
                                + Suggest.nearest(e.key(), KEYS)
                                        .map(s -> "; did you mean '" + s + "'?")
                                        .orElse(""));
            }
        }
        String id = b.text("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            b.problemAt(
                    "id",
                    "the id '"
                            + id
                            + "' must be lower-case letters, digits and dashes, starting with a"
                            + " letter or digit");
        }
        String title = Optional.ofNullable(b.text("title", false)).orElse("");
        String question = b.text("question", true);
        AnswerTypeReader types = new AnswerTypeReader(b);
        AnswerType type = types.type();
        List<String> answers = b.list("answer", "answers");
        List<String> hashes = b.list("answer-hash", "answer-hashes");
        for (String h : hashes) {
            if (!AnswerHash.isWellFormed(h)) {
                b.problemAt(
                        b.has("answer-hash") ? "answer-hash" : "answer-hashes",
                        "'"
                                + h
                                + "' is not a SHA-256 hash (64 hex digits); compute it with"
                                + " 'hygiene exercise hash'");
            }
        }
        String salt = Optional.ofNullable(b.text("salt", false)).orElse(id == null ? "" : id);
        List<Pattern> patterns = types.patterns(type);
        List<AnswerKey.Wrong> wrong = wrong();
        AnswerKey key = new AnswerKey(answers, hashes, salt, patterns, wrong);
        if (type != null
                && !(type instanceof RegexAnswer)
                && answers.isEmpty()
                && hashes.isEmpty()
                && patterns.isEmpty()) {
            b.problem(
                    blockLine,
                    1,
                    "the exercise accepts no answer: add 'answer:' (or 'answer-hash:')");
        }
        if (type != null) {
            String where = b.has("answer") ? "answer" : b.has("answers") ? "answers" : "type";
            for (String message : type.validate(key)) {
                b.problemAt(where, message);
            }
        }
        int points = points();
        List<Exercise.Hint> hints = hints();
        String explanation = b.text("explanation", true);
        String query = b.text("query", true);
        if (!b.problems.isEmpty()) {
            return null;
        }
        return new Exercise(
                id, title, question, type, key, points, hints, explanation, query, blockLine);
    }

    private int points() {
        String p = b.text("points", false);
        if (p == null) {
            return DEFAULT_POINTS;
        }
        try {
            int n = Integer.parseInt(p.strip());
            if (n < 1 || n > 1000) {
                b.problemAt("points", "points run from 1 to 1000");
            }
            return n;
        } catch (NumberFormatException e) {
            b.problemAt("points", "'" + p + "' is not a whole number of points");
            return DEFAULT_POINTS;
        }
    }

    private List<Exercise.Hint> hints() {
        List<Exercise.Hint> out = new ArrayList<>();
        for (YamlNode item : b.items("hints")) {
            if (item instanceof YamlNode.Scalar s) {
                out.add(new Exercise.Hint(s.text(), 0));
                continue;
            }
            if (!(item instanceof YamlNode.Mapping m)) {
                b.problem(
                        item.line(),
                        item.column(),
                        "a hint is '- text: ...' with 'cost: N' below it");
                continue;
            }
            b.onlyKeys(m, Set.of("text", "cost"));
            String text = b.scalar(m, "text");
            String cost = b.scalar(m, "cost");
            int c = 0;
            if (cost != null) {
                try {
                    c = Integer.parseInt(cost.strip());
                    if (c < 0) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    YamlNode.Entry ce = m.entries().get("cost");
                    b.problem(
                            ce.line(),
                            ce.column(),
                            "a hint's cost is a whole number of points, 0 or more");
                }
            }
            if (text == null || text.isBlank()) {
                b.problem(m.line(), m.column(), "the hint has no 'text:'");
            } else {
                out.add(new Exercise.Hint(text, c));
            }
        }
        return out;
    }

    private List<AnswerKey.Wrong> wrong() {
        List<AnswerKey.Wrong> out = new ArrayList<>();
        for (YamlNode item : b.items("wrong")) {
            if (!(item instanceof YamlNode.Mapping m)) {
                b.problem(
                        item.line(),
                        item.column(),
                        "a wrong answer is '- answer: ...' with 'feedback: ...' below it");
                continue;
            }
            b.onlyKeys(m, Set.of("answer", "feedback"));
            String answer = b.scalar(m, "answer");
            String feedback = b.scalar(m, "feedback");
            if (answer == null || answer.isBlank() || feedback == null || feedback.isBlank()) {
                b.problem(
                        m.line(),
                        m.column(),
                        "a wrong answer needs both 'answer:' and 'feedback:'");
            } else {
                out.add(new AnswerKey.Wrong(answer, feedback));
            }
        }
        return out;
    }
}
