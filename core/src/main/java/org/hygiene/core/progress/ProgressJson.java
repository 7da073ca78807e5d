package org.hygiene.core.progress;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hygiene.core.text.JsonText;

/**
 * Write {@link Progress} in its JSON file format (schema {@value Progress#SCHEMA_VERSION}). The
 * mapping is written out by hand so that the format is explicit, versioned and independent of field
 * names in code; docs/progress.md describes it. {@link ProgressJsonReader} reads it back.
 */
final class ProgressJson {
    private ProgressJson() {}

    static String write(Progress p) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", Progress.SCHEMA_VERSION);
        root.put("learner", p.learner());
        root.put("epoch", p.epoch());
        root.put("current", p.current());
        root.put("updatedAt", str(p.updatedAt()));
        Map<String, Object> units = new LinkedHashMap<>();
        p.units().forEach((id, u) -> units.put(id, unit(u)));
        root.put("units", units);
        return JsonText.document(root);
    }

    private static Map<String, Object> unit(UnitProgress u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", u.state().label());
        m.put("startedAt", str(u.startedAt()));
        m.put("completedAt", str(u.completedAt()));
        m.put("readAt", str(u.readAt()));
        m.put("position", u.position());
        // Derived; written for readers of the file (class collect, people), ignored on reading.
        m.put("score", u.score());
        m.put("maxScore", u.maxScore());
        Map<String, Object> items = new LinkedHashMap<>();
        u.items().forEach((id, i) -> items.put(id, item(i)));
        m.put("items", items);
        if (!u.quiz().isEmpty()) {
            m.put("quiz", quiz(u.quiz()));
        }
        return m;
    }

    private static Map<String, Object> item(ItemProgress i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("solved", i.solved());
        m.put("points", i.recordedPoints());
        m.put("maxPoints", i.maxPoints());
        m.put("hintsUsed", i.hintsUsed());
        m.put("attempts", i.attempts());
        m.put("gaveUp", i.gaveUp());
        m.put("solvedAt", str(i.solvedAt()));
        return m;
    }

    private static Map<String, Object> quiz(QuizRecord q) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> graded = new ArrayList<>();
        for (QuizRecord.Graded g : q.graded()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("id", g.id());
            gm.put("seed", g.seed());
            gm.put("started", str(g.started()));
            gm.put("submitted", str(g.submitted()));
            gm.put("points", g.points());
            gm.put("maxPoints", g.maxPoints());
            gm.put("percent", g.percent());
            gm.put("passed", g.passed());
            List<Object> questions = new ArrayList<>();
            for (QuizRecord.QuestionResult r : g.questions()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("id", r.questionId());
                rm.put("correct", r.correct());
                rm.put("points", r.points());
                rm.put("maxPoints", r.maxPoints());
                questions.add(rm);
            }
            gm.put("questions", questions);
            graded.add(gm);
        }
        m.put("graded", graded);
        List<Object> practice = new ArrayList<>();
        for (QuizRecord.Practice p : q.practice()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.id());
            pm.put("submitted", str(p.submitted()));
            pm.put("points", p.points());
            pm.put("maxPoints", p.maxPoints());
            pm.put("percent", p.percent());
            practice.add(pm);
        }
        m.put("practice", practice);
        m.put("discarded", new ArrayList<>(q.discarded()));
        q.open().ifPresent(o -> m.put("open", open(o)));
        return m;
    }

    private static Map<String, Object> open(QuizRecord.Open o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("kind", o.kind());
        m.put("seed", o.seed());
        m.put("started", str(o.started()));
        m.put("questions", o.questionIds());
        m.put("index", o.index());
        m.put("elapsedMillis", o.elapsedMillis());
        m.put("responses", new LinkedHashMap<>(o.responses()));
        m.put("millis", new LinkedHashMap<>(o.millis()));
        m.put("savedAt", str(o.savedAt()));
        return m;
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }
}
