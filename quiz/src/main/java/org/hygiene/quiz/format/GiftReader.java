package org.hygiene.quiz.format;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hygiene.core.course.Problem;
import org.hygiene.core.text.LiteralSplitter;
import org.hygiene.core.text.Slugs;
import org.hygiene.quiz.model.NumberSpec;
import org.hygiene.quiz.model.Option;
import org.hygiene.quiz.model.Question;
import org.hygiene.quiz.model.QuestionType;
import org.hygiene.quiz.model.Quiz;
import org.hygiene.quiz.model.QuizSettings;
import org.hygiene.quiz.model.Scoring;

/**
 * Read Moodle GIFT: multiple choice (with weights), multiple answers, true-false, short answer,
 * numeric, per-answer and general feedback, categories. Questions GIFT has that a Hygiene quiz
 * cannot hold (matching, essay, description) are reported and left out.
 */
public final class GiftReader {
    private static final Pattern TEXT_FORMAT =
            Pattern.compile("^\\[(markdown|html|moodle|plain)\\]");

    /** The quiz read and the problems (each with its line). */
    public record Result(Quiz quiz, List<Problem> problems) {}

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d*)?)%");
    private static final Pattern META =
            Pattern.compile("//\\s*hygiene\\s+([A-Za-z-]+)\\s*:\\s?(.*)");

    /** A line meant as a setting whose form is wrong ({@code // hygiene 2x: y}, no colon). */
    private static final Pattern META_START = Pattern.compile("(?i)//\\s*hygiene\\b");

    /** The settings a quiz's first block may hold (what {@link GiftWriter} writes). */
    static final List<String> QUIZ_KEYS =
            List.of(
                    "quiz",
                    "title",
                    "pass",
                    "shuffle",
                    "sample",
                    "attempts",
                    "time-limit",
                    "scoring",
                    "negative",
                    "seed",
                    "category",
                    "intro");

    /** The settings right above a question. */
    static final List<String> QUESTION_KEYS = List.of("hint", "points", "shuffle");

    private static final char[] SPECIAL = {'\\', ':', '#', '=', '{', '}', '~', 'n'};
    private static final char BASE = '\uE000'; // Private-use placeholders for escaped characters.

    private GiftReader() {}

    public static Result read(String file, String text, String fallbackId) {
        List<Problem> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Map<String, String> quizMeta = new LinkedHashMap<>();
        String category = "";
        Set<String> categories = new HashSet<>();
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        String[] lines = LiteralSplitter.split(normalised, '\n', -1);
        int i = 0;
        while (i < lines.length) {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
            int start = i;
            List<String> block = new ArrayList<>();
            Map<String, String> meta = new LinkedHashMap<>();
            Map<String, Integer> metaLines = new LinkedHashMap<>();
            while (i < lines.length && !lines[i].isBlank()) {
                String l = lines[i].strip();
                Matcher m = META.matcher(l);
                if (m.matches()) {
                    String key = m.group(1).toLowerCase(Locale.ROOT);
                    meta.put(key, m.group(2).strip());
                    metaLines.put(key, i + 1);
                } else if (META_START.matcher(l).lookingAt()) {
                    problems.add(
                            Problem.at(
                                    file,
                                    i + 1,
                                    "this '// hygiene' line is ignored: write '// hygiene KEY:"
                                            + " VALUE'"));
                } else if (!l.startsWith("//")) {
                    block.add(lines[i]);
                }
                i++;
            }
            if (block.isEmpty()) {
                if (questions.isEmpty() && meta.containsKey("quiz")) {
                    quizMeta.putAll(meta);
                    checkKeys(file, metaLines, QUIZ_KEYS, "quiz setting", problems);
                } else if (!meta.isEmpty()) {
                    problems.add(
                            Problem.at(
                                    file,
                                    metaLines.values().iterator().next(),
                                    "these '// hygiene' lines belong to no question and are"
                                            + " ignored: put a question's right above it (no blank"
                                            + " line between), the quiz's in the first block with"
                                            + " '// hygiene quiz: ID'"));
                }
                continue;
            }
            checkKeys(file, metaLines, QUESTION_KEYS, "question setting", problems);
            String body = protect(String.join("\n", block).strip());
            if (body.startsWith("$CATEGORY:")) {
                category = restore(body.substring("$CATEGORY:".length())).strip();
                categories.add(category);
                continue;
            }
            Question q = question(file, start + 1, body, meta, category, problems);
            if (q != null) {
                questions.add(q);
            }
        }
        questions = uniqueIds(questions);
        String only = quizMeta.getOrDefault("category", categories.size() == 1 ? category : "");
        if (!only.isEmpty()) {
            String c = only;
            questions =
                    questions.stream()
                            .map(q -> q.category().equals(c) ? q.with(q.id(), "") : q)
                            .toList();
        }
        QuizSettings settings = settings(quizMeta, only);
        String id = Slugs.of(quizMeta.getOrDefault("quiz", fallbackId));
        String title = quizMeta.getOrDefault("title", fallbackId);
        if (questions.isEmpty()) {
            problems.add(Problem.at(file, 1, "no questions found"));
        }
        return new Result(
                new Quiz(
                        id,
                        title,
                        settings,
                        unescape(quizMeta.getOrDefault("intro", "")),
                        questions),
                problems);
    }

    private static Question question(
            String file,
            int line,
            String text,
            Map<String, String> meta,
            String category,
            List<Problem> problems) {
        String name = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end > 0) {
                name = restore(text.substring(2, end)).strip();
                text = text.substring(end + 2).strip();
            }
        }
        int open = text.indexOf('{');
        int close = open < 0 ? -1 : text.indexOf('}', open);
        if (open < 0 && close < 0) {
            problems.add(
                    Problem.at(
                            file,
                            line,
                            "a description without answers is not a question; left out"));
            return null;
        }
        if (open < 0 || close < 0) {
            problems.add(
                    Problem.at(
                            file,
                            line,
                            "unbalanced '{' and '}' (escape them as \\{ and \\} in text)"));
            return null;
        }
        String answers = text.substring(open + 1, close).strip();
        // The text around a missing-word blank keeps its own spacing: "is {=Grant} in" reads
        // "is _____ in".
        String after = text.substring(close + 1).stripTrailing();
        String questionText =
                after.isBlank()
                        ? text.substring(0, open)
                        : text.substring(0, open) + "_____" + after;
        String explanation = "";
        int general = answers.lastIndexOf("####");
        if (general >= 0) {
            explanation = restore(answers.substring(general + 4)).strip();
            answers = answers.substring(0, general).strip();
        }
        questionText = TEXT_FORMAT.matcher(restore(questionText).strip()).replaceFirst("").strip();
        int split = questionText.indexOf("\n\n");
        String heading =
                (split < 0 ? questionText : questionText.substring(0, split))
                        .replace('\n', ' ')
                        .strip();
        String body = split < 0 ? "" : questionText.substring(split + 2).strip();
        List<Option> options = new ArrayList<>();
        QuestionType type;
        if (answers.isEmpty()) {
            problems.add(
                    Problem.at(
                            file,
                            line,
                            "an essay question (empty answers) cannot be marked; left out"));
            return null;
        } else if (answers.startsWith("#")) {
            type = QuestionType.NUMBER;
            String rest = answers.substring(1).strip();
            String wrongFeedback = null;
            int tilde = rest.indexOf('~');
            if (tilde >= 0) {
                String[] bits = LiteralSplitter.split(rest.substring(tilde + 1), '#', 2);
                wrongFeedback = bits.length > 1 ? restore(bits[1]).strip() : "";
                rest = rest.substring(0, tilde);
            }
            for (String a : parts(rest, '=')) {
                Double w = null;
                Matcher m = WEIGHT.matcher(a);
                if (m.find()) {
                    w = Double.parseDouble(m.group(1));
                    a = a.substring(m.end());
                }
                String[] bits = LiteralSplitter.split(a, '#', 2);
                String value = restore(bits[0]).strip();
                if (NumberSpec.parse(value).isEmpty()) {
                    problems.add(
                            Problem.at(
                                    file,
                                    line,
                                    "'"
                                            + value
                                            + "' is not a number or value:tolerance within"
                                            + " about ±1e308; the question was left out"));
                    return null;
                }
                NumberSpec spec = NumberSpec.parse(value).get();
                boolean correct = w == null || w > 0;
                options.add(
                        new Option(
                                spec.markdown(),
                                correct,
                                w == null || w == 100 ? null : w,
                                bits.length > 1 ? restore(bits[1]).strip() : "",
                                line));
            }
            if (wrongFeedback != null) {
                options.add(new Option("*", false, null, wrongFeedback, line));
            }
        } else if (answers.contains("~")) {
            boolean single = answers.contains("=");
            type = single ? QuestionType.SINGLE : QuestionType.MULTIPLE;
            for (String a : parts(answers.replace("=", "~="), '~')) {
                Double w;
                if (a.startsWith("=")) {
                    w = 100.0;
                    a = a.substring(1);
                } else {
                    Matcher m = WEIGHT.matcher(a);
                    w = m.find() ? Double.parseDouble(m.group(1)) : 0.0;
                    a = m.find(0) ? a.substring(m.end()) : a;
                }
                String[] bits = LiteralSplitter.split(a, '#', 2);
                options.add(
                        new Option(
                                restore(bits[0]).strip(),
                                w > 0,
                                w,
                                bits.length > 1 ? restore(bits[1]).strip() : "",
                                line));
            }
            if (single && options.stream().filter(o -> o.weight() >= 100).count() == 1) {
                options =
                        options.stream()
                                .map(
                                        o ->
                                                new Option(
                                                        o.text(),
                                                        o.weight() >= 100,
                                                        o.weight() >= 100
                                                                ? null
                                                                : (o.weight() == 0
                                                                        ? null
                                                                        : o.weight()),
                                                        o.feedback(),
                                                        o.line()))
                                .toList();
            }
        } else if (answers.contains("=") && answers.contains("->")) {
            problems.add(
                    Problem.at(file, line, "a matching question cannot be imported; left out"));
            return null;
        } else {
            String[] tf = LiteralSplitter.split(answers, '#', 3);
            String v = restore(tf[0]).strip();
            if (Set.of("T", "TRUE", "F", "FALSE").contains(v)) {
                type = QuestionType.TRUE_FALSE;
                boolean isTrue = v.startsWith("T");
                String wrong = tf.length > 1 ? restore(tf[1]).strip() : "";
                String right = tf.length > 2 ? restore(tf[2]).strip() : "";
                options.add(new Option("True", isTrue, null, isTrue ? right : wrong, line));
                options.add(new Option("False", !isTrue, null, isTrue ? wrong : right, line));
            } else {
                type = QuestionType.TEXT;
                for (String a : parts(answers, '=')) {
                    Double w = null;
                    Matcher m = WEIGHT.matcher(a);
                    if (m.find()) {
                        w = Double.parseDouble(m.group(1));
                        a = a.substring(m.end());
                    }
                    String[] bits = LiteralSplitter.split(a, '#', 2);
                    boolean correct = w == null || w > 0;
                    options.add(
                            new Option(
                                    restore(bits[0]).strip(),
                                    correct,
                                    w == null || w == 100 || w == 0 && !correct ? null : w,
                                    bits.length > 1 ? restore(bits[1]).strip() : "",
                                    line));
                }
            }
        }
        options =
                options.stream()
                        .map(
                                o ->
                                        o.weight() != null && o.weight() == 0 && !o.correct()
                                                ? new Option(
                                                        o.text(),
                                                        false,
                                                        null,
                                                        o.feedback(),
                                                        o.line())
                                                : o)
                        .toList();
        int points = 1;
        try {
            points = Integer.parseInt(meta.getOrDefault("points", "1"));
        } catch (NumberFormatException e) {
            problems.add(Problem.at(file, line, "'// hygiene points' must be a whole number"));
        }
        Boolean shuffle = meta.containsKey("shuffle") ? Boolean.valueOf(meta.get("shuffle")) : null;
        String id = name != null && !name.isBlank() ? Slugs.of(name) : "";
        return new Question(
                id,
                type,
                heading,
                body,
                unescape(meta.getOrDefault("hint", "")),
                explanation,
                points,
                options,
                shuffle,
                category,
                line);
    }

    private static void checkKeys(
            String file,
            Map<String, Integer> lines,
            List<String> known,
            String what,
            List<Problem> problems) {
        lines.forEach(
                (key, line) -> {
                    if (!known.contains(key)) {
                        problems.add(
                                Problem.at(
                                        file,
                                        line,
                                        UnknownName.message(what, key, known) + "; ignored"));
                    }
                });
    }

    private static List<Question> uniqueIds(List<Question> questions) {
        Set<String> used = new HashSet<>();
        List<Question> out = new ArrayList<>();
        for (Question q : questions) {
            String base = q.id().isEmpty() ? Slugs.of(QuizParser.plain(q.heading())) : q.id();
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            out.add(q.with(id, q.category()));
        }
        return out;
    }

    private static QuizSettings settings(Map<String, String> m, String category) {
        QuizSettings d = QuizSettings.DEFAULTS;
        double pass = parse(m.get("pass"), d.passPercent());
        String shuffle = m.getOrDefault("shuffle", "answers");
        boolean sq = shuffle.equals("true") || shuffle.equals("questions");
        boolean sa = shuffle.equals("true") || shuffle.equals("answers");
        int sample = (int) parse(m.get("sample"), 0);
        int attempts =
                "unlimited".equals(m.get("attempts")) ? 0 : (int) parse(m.get("attempts"), 1);
        Duration limit =
                m.containsKey("time-limit") ? SettingsParser.duration(m.get("time-limit")) : null;
        Scoring scoring =
                "all-or-nothing".equals(m.get("scoring"))
                        ? Scoring.ALL_OR_NOTHING
                        : Scoring.PARTIAL;
        double negative = parse(m.getOrDefault("negative", "0").replace("%", ""), 0);
        Long seed = m.containsKey("seed") ? (long) parse(m.get("seed"), 0) : null;
        return new QuizSettings(
                pass, sq, sa, sample, attempts, limit, scoring, negative, seed, category);
    }

    private static double parse(String v, double fallback) {
        try {
            return v == null ? fallback : Double.parseDouble(v.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<String> parts(String answers, char sep) {
        List<String> out = new ArrayList<>();
        for (String p : LiteralSplitter.split(answers, sep, -1)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        if (sep == '~') { // Restore the '=' that marked right answers.
            return out.stream().map(p -> p).toList();
        }
        return out;
    }

    /** Replace escaped characters with placeholders, so splitting on specials ignores them. */
    private static String protect(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                int k = new String(SPECIAL).indexOf(s.charAt(i + 1));
                if (k >= 0) {
                    out.append((char) (BASE + k));
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String restore(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            int k = c - BASE;
            out.append(k >= 0 && k < SPECIAL.length ? (SPECIAL[k] == 'n' ? '\n' : SPECIAL[k]) : c);
        }
        return out.toString();
    }

    private static String unescape(String s) {
        return restore(protect(s));
    }
}
