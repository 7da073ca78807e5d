package org.hygiene.core.pacing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.text.JsonText;

/**
 * A served class's pacing on disk ({@code pacing.json} in the class folder, schema-versioned,
 * rewritten atomically on every change), so a server restarted after a crash keeps the trainer's
 * locks, invitation and room quiz. A file that cannot be read is reported and ignored: the class
 * starts with nothing locked, never fails to start.
 */
public final class PacingFile {
    public static final String FILE_NAME = "pacing.json";
    static final int SCHEMA_VERSION = 1;

    /** Largest file read back: far beyond any real course's locks. */
    static final long MAX_BYTES = 1 << 20;

    private PacingFile() {}

    public static void save(Path file, ClassPacing pacing) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("locked", pacing.locked());
        root.put("roomQuiz", pacing.roomQuiz().map(PacingFile::quiz).orElse(null));
        root.put("lastRoomQuiz", pacing.lastRoomQuiz().map(PacingFile::quiz).orElse(null));
        root.put("invitation", pacing.invitation().map(ClassPacing.Invitation::unit).orElse(null));
        AtomicFiles.write(file, JsonText.document(root).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Restore {@code pacing} from {@code file} if there is one; returns a problem to report, or
     * null.
     */
    public static String load(Path file, ClassPacing pacing) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return file + " is too large to be a pacing file; starting with nothing locked";
            }
            Map<String, Object> root =
                    JsonText.readObject(Files.readString(file, StandardCharsets.UTF_8));
            if (!(root.get("schemaVersion") instanceof Number n) || n.intValue() > SCHEMA_VERSION) {
                return file + " was written by another Hygiene; starting with nothing locked";
            }
            Map<String, String> locks = new LinkedHashMap<>();
            if (root.get("locked") instanceof Map<?, ?> m) {
                m.forEach((k, v) -> locks.put(String.valueOf(k), String.valueOf(v)));
            }
            pacing.restore(
                    locks,
                    quiz(root.get("roomQuiz")),
                    quiz(root.get("lastRoomQuiz")),
                    root.get("invitation") instanceof String s ? s : null);
            return null;
        } catch (IOException | RuntimeException e) {
            return file + " cannot be read (" + e.getMessage() + "); starting with nothing locked";
        }
    }

    private static Map<String, Object> quiz(ClassPacing.RoomQuiz q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", q.unit());
        m.put("seed", q.seed());
        m.put("timeLimitSeconds", q.timeLimit() == null ? null : q.timeLimit().toSeconds());
        m.put("started", q.started().toString());
        return m;
    }

    private static ClassPacing.RoomQuiz quiz(Object value) {
        if (!(value instanceof Map<?, ?> m)
                || !(m.get("unit") instanceof String unit)
                || !(m.get("seed") instanceof Number seed)
                || !(m.get("started") instanceof String started)) {
            return null;
        }
        Duration limit =
                m.get("timeLimitSeconds") instanceof Number n
                        ? Duration.ofSeconds(n.longValue())
                        : null;
        return new ClassPacing.RoomQuiz(unit, seed.longValue(), limit, Instant.parse(started));
    }
}
