package org.hygiene.core.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Keep each learner's progress in {@code <data>/progress/<learner>.json}. Saves are atomic (a
 * temporary file, flushed to disk, moved over the old one) and the previous version is kept as
 * {@code .bak}. A file that cannot be read is moved aside, never deleted, and the learner continues
 * from the backup.
 */
public final class ProgressStore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What loading found: the progress to use, and messages for the learner. */
    public record Loaded(Progress progress, List<String> notices) {}

    private final Path folder;
    private final Clock clock;

    public ProgressStore(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve("progress");
        this.clock = clock;
    }

    public ProgressStore(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    /**
     * The learner's hunt shell history, {@code <data>/history/<learner>.hunt}: one file for the
     * standalone shell and every exercise's shell.
     */
    public Path huntHistoryOf(String learner) {
        return folder.resolveSibling("history").resolve(safeName(learner) + ".hunt");
    }

    public Path fileOf(String learner) {
        return folder.resolve(safeName(learner) + ".json");
    }

    private Path backupOf(String learner) {
        return folder.resolve(safeName(learner) + ".json.bak");
    }

    /** Load a learner's progress; a missing file gives fresh progress. */
    public Loaded load(String learner) {
        List<String> notices = new ArrayList<>();
        Path file = fileOf(learner);
        Path backup = backupOf(learner);
        if (Files.exists(file)) {
            try {
                return new Loaded(
                        ProgressJson.read(Files.readString(file, StandardCharsets.UTF_8), learner),
                        notices);
            } catch (ProgressJson.FormatException e) {
                Path aside = setAside(file, e.newer ? "newer" : "corrupt", notices);
                notices.add(
                        "Progress file "
                                + file
                                + " could not be used: "
                                + e.getMessage()
                                + ". It was moved to "
                                + aside
                                + ".");
            } catch (IOException e) {
                Path aside = setAside(file, "unreadable", notices);
                notices.add(
                        "Progress file "
                                + file
                                + " could not be read ("
                                + e.getMessage()
                                + "). It was moved to "
                                + aside
                                + ".");
            }
        }
        if (Files.exists(backup)) {
            try {
                Progress p =
                        ProgressJson.read(
                                Files.readString(backup, StandardCharsets.UTF_8), learner);
                if (!notices.isEmpty()) {
                    notices.add("Continuing from the previous save (" + backup + ").");
                }
                return new Loaded(p, notices);
            } catch (ProgressJson.FormatException | IOException e) {
                Path aside = setAside(backup, "corrupt", notices);
                notices.add(
                        "The backup "
                                + backup
                                + " could not be used either; it was moved to "
                                + aside
                                + ".");
            }
        }
        if (!notices.isEmpty()) {
            notices.add("Starting with fresh progress.");
        }
        return new Loaded(new Progress(learner), notices);
    }

    /** Save atomically, keeping the version that was there before as the backup. */
    public void save(Progress progress) throws IOException {
        progress.updatedAt = clock.instant();
        Files.createDirectories(folder);
        Path file = fileOf(progress.learner());
        byte[] bytes = ProgressJson.write(progress).getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(folder, "." + safeName(progress.learner()), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(file)) {
                // A hard copy, not a move: at every instant there is a complete progress file.
                Path backupTemp =
                        Files.createTempFile(
                                folder, "." + safeName(progress.learner()), ".bak.tmp");
                Files.copy(file, backupTemp, StandardCopyOption.REPLACE_EXISTING);
                move(backupTemp, backupOf(progress.learner()));
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Move the learner's files aside (reset), keeping them recoverable. */
    public Path reset(String learner) throws IOException {
        Path file = fileOf(learner);
        if (!Files.exists(file)) {
            return null;
        }
        List<String> ignored = new ArrayList<>();
        return setAside(file, "reset", ignored);
    }

    private static void move(Path from, Path to) throws IOException {
        org.hygiene.core.files.AtomicFiles.move(from, to);
    }

    private Path setAside(Path file, String why, List<String> notices) {
        Path aside =
                file.resolveSibling(
                        file.getFileName() + "." + why + "-" + STAMP.format(clock.instant()));
        try {
            move(file, aside);
        } catch (IOException e) {
            notices.add("Could not move " + file + " aside: " + e.getMessage());
            return file;
        }
        return aside;
    }

    /** Keep learner names safe as file names (they come from SSH accounts and the OS user). */
    static String safeName(String learner) {
        String s = learner.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.startsWith(".")) {
            s = "_" + s;
        }
        return s;
    }
}
