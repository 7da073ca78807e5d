package org.hygiene.core.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hygiene.core.text.JsonText;

/**
 * The report as JSON, for other tools: a schema version, then learners, questions and exercises
 * with the same figures as the tables, as numbers rather than text.
 */
public final class ResultsJson {
    /** Raise when a field changes meaning or goes; adding fields keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    private ResultsJson() {}

    public static String write(
            String className, Instant generated, ClassResults r, CourseLabels labels) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("class", className);
        root.put("generated", generated.toString());
        root.put("learners", learners(r, labels));
        root.put("questions", questions(r, labels));
        root.put("exercises", exercises(r, labels));
        return JsonText.document(root);
    }

    private static List<Object> learners(ClassResults r, CourseLabels labels) {
        List<Object> list = new ArrayList<>();
        for (LearnerTally l : r.learners()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("learner", l.name());
            m.put("unitsDone", new ArrayList<>(l.unitsDone()));
            m.put("exercisesSolved", l.exercisesSolved());
            m.put("exercisePoints", l.exercisePoints());
            m.put("hints", l.hints());
            m.put("wrongAnswers", l.wrongAnswers());
            m.put("secondsSpent", l.timeSpent().toSeconds());
            List<Object> quizzes = new ArrayList<>();
            l.quizScores()
                    .forEach(
                            (unit, s) -> {
                                Map<String, Object> q = new LinkedHashMap<>();
                                q.put("quiz", unit);
                                q.put("title", labels.unitTitle(unit));
                                q.put("points", s.points());
                                q.put("maxPoints", s.maxPoints());
                                q.put("percent", round(s.percent(), 1));
                                quizzes.add(q);
                            });
            m.put("quizzes", quizzes);
            list.add(m);
        }
        return list;
    }

    private static List<Object> questions(ClassResults r, CourseLabels labels) {
        List<Object> list = new ArrayList<>();
        for (QuestionStats q : r.questions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quiz", q.unit());
            m.put("question", q.item());
            m.put("title", labels.itemTitle(q.unit(), q.item()));
            m.put("attempts", q.attempts());
            m.put("correct", q.correct());
            m.put("facility", round(q.facility(), 4));
            m.put("discrimination", q.discrimination().map(d -> round(d, 4)).orElse(null));
            m.put(
                    "rightOptions",
                    labels.item(q.unit(), q.item()).map(ItemKey::correctLetters).orElse(null));
            m.put("chosen", new LinkedHashMap<>(q.choices()));
            m.put("blank", q.blank());
            m.put("flags", q.flags().stream().map(QuestionStats.Flag::label).toList());
            list.add(m);
        }
        return list;
    }

    private static List<Object> exercises(ClassResults r, CourseLabels labels) {
        List<Object> list = new ArrayList<>();
        for (ExerciseTally x : r.exercises()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lesson", x.unit());
            m.put("exercise", x.item());
            m.put("title", labels.itemTitle(x.unit(), x.item()));
            m.put("tried", x.tried());
            m.put("solved", x.solved());
            m.put("gaveUp", x.gaveUp());
            m.put(
                    "medianSecondsToSolve",
                    x.medianTimeToSolve().map(d -> d.toSeconds()).orElse(null));
            m.put("hints", x.hints());
            List<Object> wrong = new ArrayList<>();
            for (ExerciseTally.WrongAnswer w : x.commonWrongAnswers(5)) {
                wrong.add(Map.of("answer", w.text(), "count", w.count()));
            }
            m.put("commonWrongAnswers", wrong);
            list.add(m);
        }
        return list;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
