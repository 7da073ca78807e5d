package org.hygiene.core.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.text.JsonText;

/**
 * Where the presenter is: a small JSON file that {@code hygiene present} rewrites on every slide
 * change, and that the speaker-notes view (and learners following in a served class) read. A file
 * works on every system, needs no port, and survives either side restarting. It names the
 * presenting process, so a reader can tell a presenter that was killed from one that is showing a
 * slide for a long time (see {@link PresenterWatch}).
 */
public final class PresenterBeacon {
    /** The file's name inside the data folder (or a class folder). */
    public static final String FILE_NAME = "presenting.json";

    static final int SCHEMA = 1;

    /** Bigger files are not ours: never read more than this. */
    static final int MAX_BYTES = 64 * 1024;

    /** Longer ids and titles are not ours either; they are cut to this many characters. */
    static final int MAX_TEXT = 300;

    /** No lesson has more slides than this; a beacon that says so is not believed. */
    static final int MAX_SLIDES = 10_000;

    /**
     * The presenter's place.
     *
     * @param unit the lesson's id (or file name when presenting a file)
     * @param lessonTitle the lesson's title
     * @param slide the 0-based slide shown
     * @param total how many slides the lesson has
     * @param started when the presentation started (for the notes' clock)
     * @param source the lesson file, so the presenter's own notes view shows the same text
     */
    public record Position(
            String unit,
            String lessonTitle,
            int slide,
            int total,
            Instant started,
            String source) {}

    /**
     * What a beacon file says: the place, and the process that wrote it.
     *
     * @param pid the presenting process, or -1 when the file does not say
     * @param processStart when that process started, or null when unknown (to tell a reused pid)
     */
    record Published(Position position, long pid, Instant processStart) {}

    private final Path file;

    public PresenterBeacon(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Publish the presenter's place; replaces the previous one atomically. */
    public synchronized void publish(Position p) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("unit", p.unit());
        json.put("lessonTitle", p.lessonTitle());
        json.put("slide", p.slide());
        json.put("total", p.total());
        json.put("started", p.started().toString());
        json.put("source", p.source());
        json.put("pid", self.pid());
        self.info().startInstant().ifPresent(s -> json.put("processStart", s.toString()));
        AtomicFiles.write(file, JsonText.compact(json).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Say the presenter is still there, without moving: followers count a beacon that nobody has
     * touched for a long time as stale. Does nothing when nobody presents.
     */
    public synchronized void touch(Instant now) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(now));
        } catch (NoSuchFileException e) {
            // Cleared meanwhile: nobody presents, nothing to keep alive.
        } catch (IOException e) {
            // Followers will count the beacon as stale; the show itself goes on.
        }
    }

    /** The presenter's place, if someone is presenting; anything unreadable counts as nobody. */
    public Optional<Position> read() {
        return readPublished().map(Published::position);
    }

    /**
     * The beacon as published. Bounded and defensive: the file is read only up to {@link
     * #MAX_BYTES}; bad JSON, a wrong schema, missing fields or impossible numbers count as nobody
     * presenting; long texts are cut. Texts are not cleaned here: every screen cleans what it
     * shows.
     */
    Optional<Published> readPublished() {
        try {
            Map<String, Object> json = JsonText.readObject(readBounded());
            if (!(json.get("schema") instanceof Number n) || n.intValue() != SCHEMA) {
                return Optional.empty();
            }
            int slide = ((Number) json.get("slide")).intValue();
            int total = ((Number) json.get("total")).intValue();
            if (total < 1 || total > MAX_SLIDES || slide < 0 || slide >= total) {
                return Optional.empty();
            }
            String unit = text(json.get("unit"));
            if (unit.isBlank()) {
                return Optional.empty();
            }
            Position position =
                    new Position(
                            unit,
                            text(json.get("lessonTitle")),
                            slide,
                            total,
                            Instant.parse(text(json.get("started"))),
                            text(json.get("source")));
            long pid = json.get("pid") instanceof Number p ? p.longValue() : -1;
            Instant processStart =
                    json.get("processStart") instanceof String s ? Instant.parse(s) : null;
            return Optional.of(new Published(position, pid, processStart));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // half-written by another system, or not ours
        }
    }

    /** The file's text, or nothing when it is missing or bigger than any beacon we write. */
    private String readBounded() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString()); // nobody, or a pipe that would block
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("not a beacon: too big");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String text(Object value) {
        String s = value instanceof String str ? str : "";
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    /** Say that nobody presents any more. */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale beacon only makes a follower show the last slide; nothing is lost.
        }
    }
}
