package org.hygiene.core.progress;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Convert {@link Progress} to and from its JSON file format. The mapping is written out by hand so
 * that the file format is explicit, versioned and independent of field names in code.
 */
final class ProgressJson {
    private static final JSON JSON_OUT = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    /** The file could not be understood; {@code newer} means it came from a newer Hygiene. */
    static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean newer;

        FormatException(String message, boolean newer) {
            super(message);
            this.newer = newer;
        }
    }

    private ProgressJson() {}

    static String write(Progress p) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", Progress.SCHEMA_VERSION);
        root.put("learner", p.learner());
        root.put("current", p.current);
        root.put("updatedAt", str(p.updatedAt));
        Map<String, Object> units = new LinkedHashMap<>();
        p.units().forEach((id, u) -> units.put(id, unit(u)));
        root.put("units", units);
        return JSON_OUT.asString(root) + "\n";
    }

    private static Map<String, Object> unit(UnitProgress u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", u.state.label());
        m.put("startedAt", str(u.startedAt));
        m.put("completedAt", str(u.completedAt));
        m.put("position", u.position);
        m.put("score", u.score);
        m.put("maxScore", u.maxScore);
        Map<String, Object> items = new LinkedHashMap<>();
        u.items.forEach(
                (id, i) -> {
                    Map<String, Object> im = new LinkedHashMap<>();
                    im.put("solved", i.solved);
                    im.put("points", i.points);
                    im.put("maxPoints", i.maxPoints);
                    im.put("hintsUsed", i.hintsUsed);
                    im.put("attempts", i.attempts);
                    im.put("gaveUp", i.gaveUp);
                    im.put("solvedAt", str(i.solvedAt));
                    items.put(id, im);
                });
        m.put("items", items);
        m.put("data", new LinkedHashMap<>(u.data));
        return m;
    }

    static Progress read(String json, String expectedLearner) throws FormatException {
        Map<String, Object> root;
        try {
            root = JSON.std.mapFrom(json);
        } catch (IOException | RuntimeException e) {
            throw new FormatException("not valid JSON (" + jsonProblem(e) + ")", false);
        }
        if (root == null) {
            throw new FormatException("empty file", false);
        }
        Object version = root.get("schemaVersion");
        if (!(version instanceof Number n)) {
            throw new FormatException("no schemaVersion", false);
        }
        if (n.intValue() > Progress.SCHEMA_VERSION) {
            throw new FormatException(
                    "written by a newer Hygiene (schema " + n.intValue() + ")", true);
        }
        try {
            String learner = root.get("learner") instanceof String s ? s : expectedLearner;
            Progress p = new Progress(learner);
            p.current = (String) root.get("current");
            p.updatedAt = instant(root.get("updatedAt"));
            Map<?, ?> units = map(root.get("units"));
            for (Map.Entry<?, ?> e : units.entrySet()) {
                readUnit(map(e.getValue()), p.unit((String) e.getKey()));
            }
            return p;
        } catch (ClassCastException e) {
            // Its message names Java classes; say what it means instead.
            throw new FormatException("unexpected content (a value has the wrong type)", false);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new FormatException(
                    "unexpected content (" + firstLine(e.getMessage()) + ")", false);
        }
    }

    private static void readUnit(Map<?, ?> m, UnitProgress u) {
        if (!(m.get("state") instanceof String state)) {
            throw new IllegalArgumentException("a unit has no state");
        }
        u.state = UnitState.valueOf(state.toUpperCase(java.util.Locale.ROOT));
        u.startedAt = instant(m.get("startedAt"));
        u.completedAt = instant(m.get("completedAt"));
        u.position = num(m.get("position"));
        u.score = num(m.get("score"));
        u.maxScore = num(m.get("maxScore"));
        for (Map.Entry<?, ?> e : map(m.get("items")).entrySet()) {
            Map<?, ?> im = map(e.getValue());
            ItemProgress i = u.item((String) e.getKey());
            i.solved = Boolean.TRUE.equals(im.get("solved"));
            i.points = num(im.get("points"));
            i.maxPoints = num(im.get("maxPoints"));
            i.hintsUsed = num(im.get("hintsUsed"));
            i.attempts = num(im.get("attempts"));
            i.gaveUp = Boolean.TRUE.equals(im.get("gaveUp"));
            i.solvedAt = instant(im.get("solvedAt"));
        }
        for (Map.Entry<?, ?> e : map(m.get("data")).entrySet()) {
            u.data.put((String) e.getKey(), (String) e.getValue());
        }
    }

    private static Map<?, ?> map(Object o) {
        if (o == null) {
            return Map.of();
        }
        if (o instanceof List<?>) {
            throw new IllegalArgumentException("expected an object, found a list");
        }
        return (Map<?, ?>) o;
    }

    private static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    private static Instant instant(Object o) {
        return o == null ? null : Instant.parse((String) o);
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    /**
     * The parser's complaint without its internals: Jackson appends "at [Source: (String)...; line:
     * 1, column: 5]"; keep the sentence and the line and column.
     */
    static String jsonProblem(Exception e) {
        String m = firstLine(e.getMessage());
        String full = e.getMessage() == null ? "" : e.getMessage();
        int cut = m.indexOf(" (start marker");
        if (cut < 0) {
            cut = m.indexOf(" at [Source");
        }
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        int line = full.lastIndexOf("line: ");
        int end = full.indexOf(']', Math.max(line, 0));
        String where =
                line >= 0 && end > line
                        ? " at " + full.substring(line, end).replace(": ", " ")
                        : "";
        m = m.replace("Source: (String)", "");
        if (m.length() > 120) {
            m = m.substring(0, 120) + "...";
        }
        return m + where;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
