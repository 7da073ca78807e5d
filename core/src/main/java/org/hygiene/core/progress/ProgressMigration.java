package org.hygiene.core.progress;

import static org.hygiene.core.progress.ProgressJsonReader.strings;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bring a schema-1 unit up to date: its free-form {@code data} map (the quiz's keys) becomes a
 * typed {@link QuizRecord}, a quiz's items become the best graded attempt's questions, and a lesson
 * marked done by reaching its end becomes "read", done only if its exercises are over.
 */
final class ProgressMigration {
    private static final String A = "attempt.";

    private ProgressMigration() {}

    static void unitFromV1(Map<String, Object> m, UnitProgress u, Instant savedAt, String where) {
        Map<String, String> data = strings(m, "data", where);
        int gradedCount = count(data.get("graded.count"));
        int practiceCount = count(data.get("practice.count"));
        boolean quiz = gradedCount > 0 || practiceCount > 0 || data.containsKey(A + "seed");
        if (!quiz) {
            if (u.state() == UnitState.DONE) {
                u.markRead(u.completedAt() != null ? u.completedAt() : savedAt);
                if (!u.exercisesAllFinished()) {
                    u.downgradeTo(UnitState.STARTED);
                }
            }
            return;
        }
        QuizRecord q = new QuizRecord();
        Instant when = u.completedAt() != null ? u.completedAt() : savedAt;
        if (gradedCount > 0) {
            List<QuizRecord.QuestionResult> questions = new ArrayList<>();
            u.items()
                    .forEach(
                            (id, i) ->
                                    questions.add(
                                            new QuizRecord.QuestionResult(
                                                    id,
                                                    i.solved(),
                                                    i.recordedPoints(),
                                                    i.maxPoints())));
            double[] best = summary(data.get("graded.best"), u);
            q.record(
                    new QuizRecord.Graded(
                            "v1-graded-1",
                            count(data.get("graded.seed")),
                            u.startedAt(),
                            when,
                            best[0],
                            best[1],
                            decimal(data.get("graded.percent"), best[2]),
                            Boolean.parseBoolean(data.get("graded.passed")),
                            questions));
            // Schema 1 kept only the best graded attempt; the others count, scoring nothing.
            for (int k = 2; k <= gradedCount; k++) {
                q.record(
                        new QuizRecord.Graded(
                                "v1-graded-" + k, 0, null, when, 0, best[1], 0, false, List.of()));
            }
        }
        for (int k = 1; k <= practiceCount; k++) {
            double[] last =
                    k == practiceCount
                            ? summary(data.get("practice.last"), null)
                            : new double[] {0, 0, 0};
            q.record(new QuizRecord.Practice("v1-practice-" + k, when, last[0], last[1], last[2]));
        }
        if (data.containsKey(A + "seed")) {
            q.saveOpen(open(data, savedAt));
        }
        u.quiz(q);
        for (String id : new ArrayList<>(u.items().keySet())) {
            u.removeItem(id);
        }
    }

    private static QuizRecord.Open open(Map<String, String> d, Instant savedAt) {
        String questions = d.getOrDefault(A + "questions", "");
        List<String> ids = questions.isEmpty() ? List.of() : Arrays.asList(questions.split(","));
        Map<String, String> responses = new LinkedHashMap<>();
        Map<String, Long> millis = new LinkedHashMap<>();
        d.forEach(
                (k, v) -> {
                    if (k.startsWith(A + "r.")) {
                        responses.put(k.substring((A + "r.").length()), v);
                    } else if (k.startsWith(A + "ms.")) {
                        millis.put(k.substring((A + "ms.").length()), (long) count(v));
                    }
                });
        Instant started;
        try {
            started = Instant.parse(d.getOrDefault(A + "started", ""));
        } catch (DateTimeParseException e) {
            started = savedAt;
        }
        return new QuizRecord.Open(
                "v1-open",
                "practice".equals(d.get(A + "kind")) ? "practice" : "graded",
                count(d.get(A + "seed")),
                started,
                ids,
                count(d.get(A + "index")),
                count(d.get(A + "elapsed")),
                responses,
                millis,
                savedAt);
    }

    /** Parse {@code "4/5 (80%)"} into points, maximum and percent. */
    private static double[] summary(String s, UnitProgress fallback) {
        double[] out =
                fallback == null
                        ? new double[] {0, 0, 0}
                        : new double[] {
                            sum(fallback, true), sum(fallback, false), 0,
                        };
        if (s != null) {
            int slash = s.indexOf('/');
            int paren = s.indexOf(" (");
            int pct = s.indexOf("%)");
            if (slash > 0 && paren > slash) {
                out[0] = decimal(s.substring(0, slash), out[0]);
                out[1] = decimal(s.substring(slash + 1, paren), out[1]);
            }
            if (paren > 0 && pct > paren) {
                out[2] = decimal(s.substring(paren + 2, pct), out[2]);
            }
        }
        return out;
    }

    private static double sum(UnitProgress u, boolean points) {
        return u.items().values().stream()
                .mapToInt(i -> points ? i.recordedPoints() : i.maxPoints())
                .sum();
    }

    private static int count(String s) {
        try {
            return s == null ? 0 : Math.max(0, Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double decimal(String s, double otherwise) {
        try {
            double d = s == null ? otherwise : Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
