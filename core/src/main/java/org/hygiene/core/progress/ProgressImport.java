package org.hygiene.core.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hygiene.core.text.Sanitizer;

/**
 * Read a progress file to import, straight from where it is (no copy left anywhere), and make it
 * safe to keep: units this course does not have are left out, and values no play could produce
 * (points above the maximum, negative counts) are brought into range, each with a message.
 */
public final class ProgressImport {
    /** Far above any real progress file; a bigger one is refused before it is read. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /** The progress to import and what was changed on the way in. */
    public record Checked(Progress progress, List<String> notes) {}

    /** The file cannot be imported; the message says why, in the learner's words. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private ProgressImport() {}

    public static Checked read(Path source, String learner, Set<String> courseUnits)
            throws Refused {
        String text;
        try {
            if (Files.size(source) > MAX_BYTES) {
                throw new Refused(
                        "it is larger than "
                                + MAX_BYTES / (1024 * 1024)
                                + " MB: not a progress file");
            }
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .decode(ByteBuffer.wrap(Files.readAllBytes(source)))
                            .toString();
        } catch (CharacterCodingException e) {
            throw new Refused("it is not UTF-8 text");
        } catch (IOException e) {
            throw new Refused("it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        Progress read;
        try {
            read = ProgressJsonReader.read(text, learner);
        } catch (ProgressJsonReader.FormatException e) {
            throw new Refused(e.getMessage());
        }
        List<String> notes = new ArrayList<>();
        Progress imported = new Progress(learner);
        imported.current(courseUnits.contains(read.current()) ? read.current() : null);
        List<String> unknown = new ArrayList<>();
        read.units()
                .forEach(
                        (id, unit) -> {
                            if (!courseUnits.contains(id)) {
                                unknown.add(Sanitizer.clean(id));
                                return;
                            }
                            if (unit.clamp()) {
                                notes.add(
                                        "unit '"
                                                + Sanitizer.clean(id)
                                                + "': values out of range (points above the"
                                                + " maximum, negative counts) were brought into"
                                                + " range");
                            }
                            imported.putUnit(id, unit);
                        });
        if (!unknown.isEmpty()) {
            notes.add(
                    "left out "
                            + unknown.size()
                            + (unknown.size() == 1 ? " unit" : " units")
                            + " this course does not have: "
                            + String.join(", ", unknown.subList(0, Math.min(5, unknown.size())))
                            + (unknown.size() > 5 ? ", ..." : ""));
        }
        return new Checked(imported, notes);
    }
}
