package org.hygiene.core.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report's three tables as text cells (for CSV and Markdown): one row per learner, per quiz
 * question, per exercise. Numbers use a dot and fixed decimals so spreadsheets read them alike.
 */
public final class ResultTables {
    /** A header and rows of the same width. */
    public record Table(String name, List<String> header, List<List<String>> rows) {}

    /** Which table: the names {@code --table} takes. */
    public static final List<String> NAMES = List.of("learners", "questions", "exercises");

    private ResultTables() {}

    public static Table named(String name, ClassResults r, CourseLabels labels) {
        return switch (name) {
            case "questions" -> questions(r, labels);
            case "exercises" -> exercises(r, labels);
            default -> learners(r, labels);
        };
    }

    public static Table learners(ClassResults r, CourseLabels labels) {
        List<String> quizzes = r.gradedQuizzes();
        List<String> header =
                new ArrayList<>(
                        List.of(
                                "learner",
                                "units_done",
                                "exercises_solved",
                                "exercise_points",
                                "hints",
                                "wrong_answers",
                                "minutes_spent"));
        quizzes.forEach(q -> header.add("quiz_percent: " + labels.unitTitle(q)));
        List<List<String>> rows = new ArrayList<>();
        for (LearnerTally l : r.learners()) {
            List<String> row =
                    new ArrayList<>(
                            List.of(
                                    l.name(),
                                    String.valueOf(l.unitsDone().size()),
                                    String.valueOf(l.exercisesSolved()),
                                    number(l.exercisePoints()),
                                    String.valueOf(l.hints()),
                                    String.valueOf(l.wrongAnswers()),
                                    minutes(l.timeSpent())));
            for (String q : quizzes) {
                LearnerTally.QuizScore s = l.quizScores().get(q);
                row.add(s == null ? "" : fixed(s.percent(), 1));
            }
            rows.add(row);
        }
        return new Table("learners", header, rows);
    }

    public static Table questions(ClassResults r, CourseLabels labels) {
        List<String> header =
                List.of(
                        "quiz",
                        "question",
                        "title",
                        "attempts",
                        "correct",
                        "facility",
                        "discrimination",
                        "right_options",
                        "chosen",
                        "blank",
                        "flags");
        List<List<String>> rows = new ArrayList<>();
        for (QuestionStats q : r.questions()) {
            rows.add(
                    List.of(
                            labels.unitTitle(q.unit()),
                            q.item(),
                            labels.itemTitle(q.unit(), q.item()),
                            String.valueOf(q.attempts()),
                            String.valueOf(q.correct()),
                            fixed(q.facility(), 2),
                            q.discrimination().map(d -> fixed(d, 2)).orElse(""),
                            labels.item(q.unit(), q.item()).map(ItemKey::correctLetters).orElse(""),
                            chosen(q.choices()),
                            String.valueOf(q.blank()),
                            q.flags().stream()
                                    .map(QuestionStats.Flag::label)
                                    .collect(Collectors.joining("; "))));
        }
        return new Table("questions", header, rows);
    }

    public static Table exercises(ClassResults r, CourseLabels labels) {
        List<String> header =
                List.of(
                        "lesson",
                        "exercise",
                        "title",
                        "tried",
                        "solved",
                        "gave_up",
                        "median_minutes_to_solve",
                        "hints",
                        "common_wrong_answers");
        List<List<String>> rows = new ArrayList<>();
        for (ExerciseTally x : r.exercises()) {
            rows.add(
                    List.of(
                            labels.unitTitle(x.unit()),
                            x.item(),
                            labels.itemTitle(x.unit(), x.item()),
                            String.valueOf(x.tried()),
                            String.valueOf(x.solved()),
                            String.valueOf(x.gaveUp()),
                            x.medianTimeToSolve().map(ResultTables::minutes).orElse(""),
                            String.valueOf(x.hints()),
                            x.commonWrongAnswers(3).stream()
                                    .map(w -> w.text() + " (" + w.count() + ")")
                                    .collect(Collectors.joining("; "))));
        }
        return new Table("exercises", header, rows);
    }

    /** Option counts as {@code a=4 b=5}, in letter order. */
    static String chosen(Map<String, Integer> choices) {
        return choices.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    static String minutes(Duration d) {
        return fixed(d.toMillis() / 60_000.0, 1);
    }

    /** A whole number without decimals, else two decimals. */
    public static String number(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : fixed(v, 2);
    }

    static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // -0.00 reads as a negative figure; it is zero.
        return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
    }
}
