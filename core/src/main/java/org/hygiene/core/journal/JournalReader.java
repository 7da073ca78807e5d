package org.hygiene.core.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.events.LearnerEvent;

/**
 * Read a class journal back. Lines that cannot be read (a last line cut short by a crash, a line
 * damaged by hand, one from a newer Hygiene) are skipped, each with a notice naming its line; a
 * missing journal is an empty one.
 */
public final class JournalReader {
    /** The events, in the order written, and what was skipped. */
    public record Read(List<LearnerEvent> events, List<String> notices) {}

    private JournalReader() {}

    public static Read read(Path file) throws IOException {
        List<LearnerEvent> events = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        try (BufferedReader in =
                new BufferedReader(
                        new java.io.InputStreamReader(
                                Files.newInputStream(file),
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPLACE)
                                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    events.add(LearnerEventJson.read(line));
                } catch (LearnerEventJson.BadLineException e) {
                    notices.add(
                            file.getFileName()
                                    + ":"
                                    + number
                                    + ": skipped a line that cannot be read ("
                                    + e.getMessage()
                                    + ")");
                }
            }
        } catch (NoSuchFileException e) {
            return new Read(List.of(), List.of());
        }
        return new Read(events, notices);
    }
}
