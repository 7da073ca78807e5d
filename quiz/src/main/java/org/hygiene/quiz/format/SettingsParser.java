package org.hygiene.quiz.format;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hygiene.core.course.FrontMatter;
import org.hygiene.core.course.Problem;
import org.hygiene.quiz.model.QuizSettings;
import org.hygiene.quiz.model.Scoring;

/** Read the quiz settings from front matter, reporting each bad value at its line. */
final class SettingsParser {
    /** Keys of ours, of the course loader, and of quizdown (its colours and locale are ignored). */
    static final List<String> KNOWN =
            List.of(
                    "id",
                    "title",
                    "minutes",
                    "objectives",
                    "description",
                    "pass",
                    "shuffle",
                    "sample",
                    "attempts",
                    "time-limit",
                    "scoring",
                    "negative",
                    "seed",
                    "category",
                    "shuffleQuestions",
                    "shuffleAnswers",
                    "nQuestions",
                    "primaryColor",
                    "secondaryColor",
                    "textColor",
                    "locale",
                    "startOnLoad",
                    "enableRetry");

    private static final Pattern DURATION =
            Pattern.compile(
                    "(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in(?:utes?)?)?)?\\s*(?:(\\d+)\\s*s)?");

    private SettingsParser() {}

    static QuizSettings parse(String file, FrontMatter fm, List<Problem> problems) {
        QuizSettings d = QuizSettings.DEFAULTS;
        for (String key : fm.entries().keySet()) {
            if (!KNOWN.contains(key)) {
                // quizdown ignores keys it does not know, so a plain quizdown file is not refused.
                problems.add(
                        Problem.warning(
                                file,
                                fm.lineOf(key),
                                1,
                                UnknownName.message("front matter key", key, KNOWN)
                                        + " (ignored)"));
            }
        }
        Reader r = new Reader(file, fm, problems);
        double pass = r.percent("pass", d.passPercent(), 0, 100);
        boolean shuffleQuestions = d.shuffleQuestions();
        boolean shuffleAnswers = d.shuffleAnswers();
        Optional<String> shuffle = fm.get("shuffle");
        if (shuffle.isPresent()) {
            switch (shuffle.get().strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "both" -> {
                    shuffleQuestions = true;
                    shuffleAnswers = true;
                }
                case "false", "no", "none" -> {
                    shuffleQuestions = false;
                    shuffleAnswers = false;
                }
                case "questions" -> {
                    shuffleQuestions = true;
                    shuffleAnswers = false;
                }
                case "answers" -> {
                    shuffleQuestions = false;
                    shuffleAnswers = true;
                }
                default -> r.bad("shuffle", "'shuffle' must be true, false, questions or answers");
            }
        }
        shuffleQuestions = r.bool("shuffleQuestions", shuffleQuestions);
        shuffleAnswers = r.bool("shuffleAnswers", shuffleAnswers);
        int sample = r.integer("sample", r.integer("nQuestions", 0, 1), 1);
        if (fm.get("sample").isPresent() || fm.get("nQuestions").isPresent()) {
            shuffleQuestions = shuffleQuestions || shuffle.isEmpty();
        }
        int attempts = d.attempts();
        if (fm.get("attempts").filter(v -> v.strip().equalsIgnoreCase("unlimited")).isPresent()) {
            attempts = 0;
        } else {
            attempts = r.integer("attempts", attempts, 1);
        }
        Duration limit = null;
        Optional<String> time = fm.get("time-limit");
        if (time.isPresent()) {
            try {
                limit = duration(time.get());
            } catch (ArithmeticException | NumberFormatException e) {
                // 99999999999999999h: past what a duration can hold; reported as a bad value.
                limit = null;
            }
            if (limit == null) {
                r.bad("time-limit", "'time-limit' must be a duration such as 15m, 90s or 1h 30m");
            }
        }
        Scoring scoring = d.scoring();
        Optional<String> s = fm.get("scoring");
        if (s.isPresent()) {
            switch (s.get().strip().toLowerCase(Locale.ROOT)) {
                case "partial" -> scoring = Scoring.PARTIAL;
                case "all-or-nothing" -> scoring = Scoring.ALL_OR_NOTHING;
                default -> r.bad("scoring", "'scoring' must be all-or-nothing or partial");
            }
        }
        double negative = 0;
        Optional<String> neg = fm.get("negative");
        if (neg.isPresent() && !neg.get().strip().equalsIgnoreCase("false")) {
            negative =
                    neg.get().strip().equalsIgnoreCase("true")
                            ? 100
                            : r.percent("negative", 0, 0, 100);
        }
        Long seed = null;
        if (fm.get("seed").isPresent()) {
            seed = (long) r.integer("seed", 0, 0);
        }
        return new QuizSettings(
                pass,
                shuffleQuestions,
                shuffleAnswers,
                sample,
                attempts,
                limit,
                scoring,
                negative,
                seed,
                fm.get("category").orElse(""));
    }

    /** Parse {@code 15m}, {@code 90s}, {@code 1h 30m}, {@code 20 minutes} or {@code 12:30}. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher clock = Pattern.compile("(\\d{1,3}):(\\d{2})").matcher(t);
        if (clock.matches()) {
            return Duration.ofMinutes(Long.parseLong(clock.group(1)))
                    .plusSeconds(Long.parseLong(clock.group(2)));
        }
        Matcher m = DURATION.matcher(t);
        if (t.isEmpty()
                || !m.matches()
                || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            return null;
        }
        Duration d = Duration.ZERO;
        if (m.group(1) != null) {
            d = d.plusHours(Long.parseLong(m.group(1)));
        }
        if (m.group(2) != null) {
            d = d.plusMinutes(Long.parseLong(m.group(2)));
        }
        if (m.group(3) != null) {
            d = d.plusSeconds(Long.parseLong(m.group(3)));
        }
        return d.isZero() ? null : d;
    }

    /** Typed access to front-matter values, each error reported once at its line. */
    private record Reader(String file, FrontMatter fm, List<Problem> problems) {
        void bad(String key, String message) {
            problems.add(Problem.at(file, fm.lineOf(key), message));
        }

        double percent(String key, double fallback, double min, double max) {
            Optional<String> v = fm.get(key);
            if (v.isEmpty()) {
                return fallback;
            }
            String s = v.get().strip();
            s = s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s;
            try {
                double p = Double.parseDouble(s);
                if (p >= min && p <= max) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            bad(
                    key,
                    "'"
                            + key
                            + "' must be a percentage from "
                            + (int) min
                            + " to "
                            + (int) max
                            + ", such as 70%");
            return fallback;
        }

        int integer(String key, int fallback, int min) {
            Optional<String> v = fm.get(key);
            if (v.isEmpty()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v.get().strip());
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            bad(key, "'" + key + "' must be a whole number of at least " + min);
            return fallback;
        }

        boolean bool(String key, boolean fallback) {
            Optional<String> v = fm.get(key);
            if (v.isEmpty()) {
                return fallback;
            }
            return switch (v.get().strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> {
                    bad(key, "'" + key + "' must be true or false");
                    yield fallback;
                }
            };
        }
    }
}
