package org.hygiene.core.progress;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hygiene.core.text.JsonText;

/**
 * Read a progress file of any schema up to {@value Progress#SCHEMA_VERSION}; schema 1 is migrated
 * by {@link ProgressMigration}. Every problem is reported by where it is in the file ({@code
 * units.x.items.y.points: expected a number}), never with a parser's internal message.
 */
final class ProgressJsonReader {
    /** The file could not be understood; {@code newer} means it came from a newer Hygiene. */
    static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean newer;

        FormatException(String message, boolean newer) {
            super(message);
            this.newer = newer;
        }
    }

    /** A value of the wrong type or form, with its place in the file. */
    static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadValue(String where, String expected) {
            super(org.hygiene.core.text.Sanitizer.clean(where) + ": expected " + expected);
        }
    }

    private ProgressJsonReader() {}

    static Progress read(String json, String expectedLearner) throws FormatException {
        Map<String, Object> root;
        try {
            root = JsonText.readObject(json);
        } catch (JsonText.BadJsonException e) {
            throw new FormatException(e.getMessage(), false);
        }
        if (root == null) {
            throw new FormatException("empty file", false);
        }
        if (!(root.get("schemaVersion") instanceof Number n)) {
            throw new FormatException("no schemaVersion", false);
        }
        int version = n.intValue();
        if (version > Progress.SCHEMA_VERSION) {
            throw new FormatException("written by a newer Hygiene (schema " + version + ")", true);
        }
        if (version < 1) {
            throw new FormatException("unknown schemaVersion " + version, false);
        }
        try {
            // The name in the file is informational: whose file this is decides whose progress.
            Progress p = new Progress(expectedLearner);
            p.epoch(string(root, "epoch", "epoch"));
            p.current(string(root, "current", "current"));
            p.updatedAt(instant(root, "updatedAt", "updatedAt"));
            for (Map.Entry<String, Object> e : object(root, "units", "units").entrySet()) {
                String where = "units." + e.getKey();
                Map<String, Object> m = asObject(e.getValue(), where);
                UnitProgress u = p.unit(e.getKey());
                readUnit(m, u, where);
                if (version == 1) {
                    ProgressMigration.unitFromV1(m, u, p.updatedAt(), where);
                } else if (m.containsKey("quiz")) {
                    u.quiz(QuizRecordReader.read(object(m, "quiz", where), where + ".quiz"));
                }
            }
            return p;
        } catch (BadValue e) {
            throw new FormatException("unexpected content: " + e.getMessage(), false);
        }
    }

    private static void readUnit(Map<String, Object> m, UnitProgress u, String where) {
        String state = string(m, "state", where);
        if (state == null) {
            throw new BadValue(where + ".state", "new, started or done");
        }
        UnitState s;
        try {
            s = UnitState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadValue(where + ".state", "new, started or done");
        }
        u.restore(
                s,
                instant(m, "startedAt", where),
                instant(m, "completedAt", where),
                instant(m, "readAt", where),
                integer(m, "position", where));
        for (Map.Entry<String, Object> e : object(m, "items", where).entrySet()) {
            String at = where + ".items." + e.getKey();
            Map<String, Object> im = asObject(e.getValue(), at);
            u.putItem(
                    e.getKey(),
                    ItemProgress.restore(
                            bool(im, "solved", at),
                            integer(im, "points", at),
                            integer(im, "maxPoints", at),
                            integer(im, "hintsUsed", at),
                            integer(im, "attempts", at),
                            bool(im, "gaveUp", at),
                            instant(im, "solvedAt", at)));
        }
    }

    // Typed access with positions: a missing value is null, 0 or false; a wrong one is reported.

    static Map<String, Object> object(Map<String, Object> m, String key, String where) {
        Object o = m.get(key);
        return o == null ? Map.of() : asObject(o, where + "." + key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object o, String where) {
        if (!(o instanceof Map<?, ?>)) {
            throw new BadValue(where, "an object");
        }
        return (Map<String, Object>) o;
    }

    static List<Object> list(Map<String, Object> m, String key, String where) {
        Object o = m.get(key);
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new BadValue(where + "." + key, "a list");
        }
        return new ArrayList<>(l);
    }

    static String string(Map<String, Object> m, String key, String where) {
        Object o = m.get(key);
        if (o == null || o instanceof String) {
            return (String) o;
        }
        throw new BadValue(where + "." + key, "text");
    }

    static Map<String, String> strings(Map<String, Object> m, String key, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object(m, key, where).entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new BadValue(where + "." + key + "." + e.getKey(), "text");
            }
            out.put(e.getKey(), s);
        }
        return out;
    }

    static int integer(Map<String, Object> m, String key, String where) {
        long v = longValue(m, key, where);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new BadValue(where + "." + key, "a number in range");
        }
        return (int) v;
    }

    static long longValue(Map<String, Object> m, String key, String where) {
        Object o = m.get(key);
        if (o == null) {
            return 0;
        }
        if (!(o instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new BadValue(where + "." + key, "a whole number");
        }
        return n.longValue();
    }

    static double decimal(Map<String, Object> m, String key, String where) {
        Object o = m.get(key);
        if (o == null) {
            return 0;
        }
        if (!(o instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new BadValue(where + "." + key, "a number");
        }
        return n.doubleValue();
    }

    static boolean bool(Map<String, Object> m, String key, String where) {
        Object o = m.get(key);
        if (o == null || o instanceof Boolean) {
            return Boolean.TRUE.equals(o);
        }
        throw new BadValue(where + "." + key, "true or false");
    }

    static Instant instant(Map<String, Object> m, String key, String where) {
        String s = string(m, key, where);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadValue(where + "." + key, "a UTC time such as 2021-03-02T10:00:00Z");
        }
    }
}
