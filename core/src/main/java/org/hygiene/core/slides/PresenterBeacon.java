package org.hygiene.core.slides;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hygiene.core.files.AtomicFiles;

/**
 * Where the presenter is: a small JSON file that {@code hygiene present} rewrites on every slide
 * change, and that the speaker-notes view (and learners following in a served class) read. A file
 * works on every system, needs no port, and survives either side restarting.
 */
public final class PresenterBeacon {
    /** The file's name inside the data folder (or a class folder). */
    public static final String FILE_NAME = "presenting.json";

    static final int SCHEMA = 1;

    /** Bigger files are not ours: never read more than this. */
    private static final long MAX_BYTES = 64 * 1024;

    /**
     * The presenter's place.
     *
     * @param unit the lesson's id (or file name when presenting a file)
     * @param lessonTitle the lesson's title
     * @param slide the 0-based slide shown
     * @param total how many slides the lesson has
     * @param started when the presentation started (for the notes' clock)
     * @param source the lesson file, so a follower shows the same text
     */
    public record Position(
            String unit,
            String lessonTitle,
            int slide,
            int total,
            Instant started,
            String source) {}

    private final Path file;

    public PresenterBeacon(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Publish the presenter's place; replaces the previous one atomically. */
    public void publish(Position p) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("unit", p.unit());
        json.put("lessonTitle", p.lessonTitle());
        json.put("slide", p.slide());
        json.put("total", p.total());
        json.put("started", p.started().toString());
        json.put("source", p.source());
        AtomicFiles.write(file, JSON.std.asString(json).getBytes(StandardCharsets.UTF_8));
    }

    /** The presenter's place, if someone is presenting; anything unreadable counts as nobody. */
    public Optional<Position> read() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            Map<String, Object> json = JSON.std.mapFrom(Files.readString(file));
            if (!(json.get("schema") instanceof Number n) || n.intValue() != SCHEMA) {
                return Optional.empty();
            }
            return Optional.of(
                    new Position(
                            String.valueOf(json.get("unit")),
                            String.valueOf(json.get("lessonTitle")),
                            ((Number) json.get("slide")).intValue(),
                            ((Number) json.get("total")).intValue(),
                            Instant.parse(String.valueOf(json.get("started"))),
                            String.valueOf(json.get("source"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // half-written by another system, or not ours
        }
    }

    /** Say that nobody presents any more. */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale beacon only makes a follower show the last slide; nothing is lost.
        }
    }
}
