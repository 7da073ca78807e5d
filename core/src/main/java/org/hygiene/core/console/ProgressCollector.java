package org.hygiene.core.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.text.JsonText;
import org.hygiene.core.text.Sanitizer;

/**
 * Take progress files exported by self-paced learners ({@code hygiene progress --export}) into a
 * class, one per learner: a learner collected again replaces their earlier file, so collecting
 * twice never counts twice.
 */
public final class ProgressCollector {
    /** Far above any real progress file. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Path collected;

    public ProgressCollector(Path classRoot) {
        this.collected = classRoot.resolve(ClassRecords.COLLECTED);
    }

    /** What happened to one file, one line each, for the trainer. */
    public List<String> collect(List<Path> files) {
        List<String> lines = new ArrayList<>();
        ProgressStore store = new ProgressStore(collected);
        for (Path file : files) {
            String shown = Sanitizer.clean(file.toString());
            try {
                String learner = learnerOf(file);
                Path target = store.fileOf(learner);
                Files.createDirectories(target.getParent());
                Path incoming = target.resolveSibling(".incoming-" + target.getFileName());
                Files.copy(file, incoming, StandardCopyOption.REPLACE_EXISTING);
                AtomicFiles.move(incoming, target);
                List<String> notices = store.load(learner).notices();
                if (!notices.isEmpty()) {
                    lines.add(shown + ": not collected: " + Sanitizer.clean(notices.get(0)));
                    continue;
                }
                lines.add(shown + ": collected as " + Sanitizer.clean(learner));
            } catch (NotProgressException e) {
                lines.add(shown + ": not collected: " + e.getMessage());
            } catch (IOException e) {
                lines.add(shown + ": not collected: cannot be read or copied (" + e + ")");
            }
        }
        return lines;
    }

    private static final class NotProgressException extends Exception {
        private static final long serialVersionUID = 1L;

        NotProgressException(String message) {
            super(message);
        }
    }

    private static String learnerOf(Path file) throws IOException, NotProgressException {
        if (!Files.isRegularFile(file)) {
            throw new NotProgressException("no such file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new NotProgressException("larger than 16 MB, not a progress file");
        }
        Map<String, Object> root;
        try {
            root = JsonText.readObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new NotProgressException("not a progress file (not JSON)");
        }
        if (root == null
                || !(root.get("schemaVersion") instanceof Number)
                || !(root.get("learner") instanceof String learner)
                || learner.isBlank()) {
            throw new NotProgressException(
                    "not a progress file (no schema version or learner name)");
        }
        return learner.strip();
    }
}
