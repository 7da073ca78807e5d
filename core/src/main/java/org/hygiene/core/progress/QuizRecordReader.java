package org.hygiene.core.progress;

import static org.hygiene.core.progress.ProgressJsonReader.asObject;
import static org.hygiene.core.progress.ProgressJsonReader.bool;
import static org.hygiene.core.progress.ProgressJsonReader.decimal;
import static org.hygiene.core.progress.ProgressJsonReader.instant;
import static org.hygiene.core.progress.ProgressJsonReader.integer;
import static org.hygiene.core.progress.ProgressJsonReader.list;
import static org.hygiene.core.progress.ProgressJsonReader.longValue;
import static org.hygiene.core.progress.ProgressJsonReader.object;
import static org.hygiene.core.progress.ProgressJsonReader.string;
import static org.hygiene.core.progress.ProgressJsonReader.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read a unit's {@code quiz} object (schema 2) into a {@link QuizRecord}. */
final class QuizRecordReader {
    private QuizRecordReader() {}

    static QuizRecord read(Map<String, Object> m, String where) {
        QuizRecord q = new QuizRecord();
        List<Object> graded = list(m, "graded", where);
        for (int i = 0; i < graded.size(); i++) {
            String at = where + ".graded[" + i + "]";
            Map<String, Object> g = asObject(graded.get(i), at);
            List<QuizRecord.QuestionResult> questions = new ArrayList<>();
            List<Object> qs = list(g, "questions", at);
            for (int k = 0; k < qs.size(); k++) {
                String qa = at + ".questions[" + k + "]";
                Map<String, Object> r = asObject(qs.get(k), qa);
                questions.add(
                        new QuizRecord.QuestionResult(
                                required(string(r, "id", qa), qa + ".id"),
                                bool(r, "correct", qa),
                                decimal(r, "points", qa),
                                integer(r, "maxPoints", qa)));
            }
            q.record(
                    new QuizRecord.Graded(
                            required(string(g, "id", at), at + ".id"),
                            longValue(g, "seed", at),
                            instant(g, "started", at),
                            instant(g, "submitted", at),
                            decimal(g, "points", at),
                            decimal(g, "maxPoints", at),
                            decimal(g, "percent", at),
                            bool(g, "passed", at),
                            questions));
        }
        List<Object> practice = list(m, "practice", where);
        for (int i = 0; i < practice.size(); i++) {
            String at = where + ".practice[" + i + "]";
            Map<String, Object> p = asObject(practice.get(i), at);
            q.record(
                    new QuizRecord.Practice(
                            required(string(p, "id", at), at + ".id"),
                            instant(p, "submitted", at),
                            decimal(p, "points", at),
                            decimal(p, "maxPoints", at),
                            decimal(p, "percent", at)));
        }
        List<Object> discarded = list(m, "discarded", where);
        for (int i = 0; i < discarded.size(); i++) {
            if (!(discarded.get(i) instanceof String id)) {
                throw new ProgressJsonReader.BadValue(where + ".discarded[" + i + "]", "text");
            }
            q.restoreDiscarded(id);
        }
        if (m.get("open") != null) {
            q.saveOpen(open(object(m, "open", where), where + ".open"));
        }
        return q;
    }

    private static QuizRecord.Open open(Map<String, Object> o, String at) {
        List<String> questions = new ArrayList<>();
        List<Object> qs = list(o, "questions", at);
        for (int i = 0; i < qs.size(); i++) {
            if (!(qs.get(i) instanceof String id)) {
                throw new ProgressJsonReader.BadValue(at + ".questions[" + i + "]", "text");
            }
            questions.add(id);
        }
        Map<String, Long> millis = new LinkedHashMap<>();
        Map<String, Object> ms = object(o, "millis", at);
        for (String id : ms.keySet()) {
            millis.put(id, longValue(ms, id, at + ".millis"));
        }
        String kind = string(o, "kind", at);
        if (!"graded".equals(kind) && !"practice".equals(kind)) {
            throw new ProgressJsonReader.BadValue(at + ".kind", "graded or practice");
        }
        return new QuizRecord.Open(
                required(string(o, "id", at), at + ".id"),
                kind,
                longValue(o, "seed", at),
                instant(o, "started", at),
                questions,
                integer(o, "index", at),
                longValue(o, "elapsedMillis", at),
                strings(o, "responses", at),
                millis,
                instant(o, "savedAt", at));
    }

    private static String required(String s, String where) {
        if (s == null || s.isEmpty()) {
            throw new ProgressJsonReader.BadValue(where, "an id");
        }
        return s;
    }
}
