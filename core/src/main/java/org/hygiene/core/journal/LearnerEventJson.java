package org.hygiene.core.journal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;
import org.hygiene.core.text.JsonText;

/**
 * One learner event as one line of JSON. The mapping is written out by hand so that the journal's
 * format is explicit and versioned: {@code {"v":1,"at":"...","learner":"ada","kind":"answer",...}},
 * fields a kind does not use left out.
 */
public final class LearnerEventJson {
    /** The journal format this build writes; lines with a higher version are skipped. */
    public static final int SCHEMA_VERSION = 1;

    /** A line that is not an event this build can read. */
    public static final class BadLineException extends Exception {
        private static final long serialVersionUID = 1L;

        BadLineException(String message) {
            super(message);
        }
    }

    private LearnerEventJson() {}

    public static String write(LearnerEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", SCHEMA_VERSION);
        put(m, "at", e.at() == null ? null : e.at().toString());
        put(m, "learner", e.learner());
        m.put("kind", e.kind().label());
        put(m, "unit", e.unit());
        put(m, "item", e.item());
        put(m, "text", e.text());
        put(m, "correct", e.correct());
        put(m, "choices", e.choices());
        put(m, "points", e.points());
        put(m, "maxPoints", e.maxPoints());
        put(m, "number", e.number());
        put(m, "graded", e.graded());
        return JsonText.compact(m);
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    public static LearnerEvent read(String line) throws BadLineException {
        Map<String, Object> m;
        try {
            m = JsonText.readObject(line);
        } catch (IOException | RuntimeException e) {
            throw new BadLineException("not JSON");
        }
        if (m == null) {
            throw new BadLineException("empty");
        }
        if (!(m.get("v") instanceof Number v)) {
            throw new BadLineException("no schema version");
        }
        if (v.intValue() > SCHEMA_VERSION) {
            throw new BadLineException(
                    "written by a newer Hygiene (schema version " + v.intValue() + ")");
        }
        LearnerEventKind kind =
                LearnerEventKind.fromLabel(string(m, "kind"))
                        .orElseThrow(() -> new BadLineException("unknown kind"));
        Instant at;
        try {
            String time = string(m, "at");
            at = time == null ? null : Instant.parse(time);
        } catch (RuntimeException e) {
            throw new BadLineException("bad time");
        }
        return new LearnerEvent(
                at,
                string(m, "learner"),
                kind,
                string(m, "unit"),
                string(m, "item"),
                string(m, "text"),
                m.get("correct") instanceof Boolean b ? b : null,
                choices(m.get("choices")),
                m.get("points") instanceof Number n ? n.doubleValue() : null,
                m.get("maxPoints") instanceof Number n ? n.doubleValue() : null,
                m.get("number") instanceof Number n ? n.longValue() : null,
                m.get("graded") instanceof Boolean b ? b : null);
    }

    private static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static List<String> choices(Object v) {
        if (!(v instanceof List<?> list)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
