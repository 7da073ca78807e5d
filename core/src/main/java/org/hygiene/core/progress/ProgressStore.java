package org.hygiene.core.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hygiene.core.files.AtomicFiles;

/**
 * Keep each learner's progress in {@code <data>/progress/<learner>.json}, safe with several
 * writers: every save takes a short lock, merges what is on disk with what this session recorded
 * (docs/progress.md gives the rules) and writes the result atomically (a temporary file, flushed,
 * moved over the old one), keeping the previous version as {@code .bak}. A file that cannot be read
 * is moved aside, never deleted. Thread-safe: the classroom server loads one {@link Progress} per
 * session and saves them from many threads.
 */
public final class ProgressStore {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

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
     * standalone shell and every exercise's shell. The shared {@code <data>/hunt_history} of older
     * versions is moved into it the first time (see {@link HuntHistoryMigration}).
     */
    public Path huntHistoryOf(String learner) {
        Path file = folder.resolveSibling("history").resolve(safeName(learner) + ".hunt");
        HuntHistoryMigration.migrate(folder.getParent(), file);
        return file;
    }

    public Path fileOf(String learner) {
        return folder.resolve(safeName(learner) + ".json");
    }

    private Path backupOf(String learner) {
        return folder.resolve(safeName(learner) + ".json.bak");
    }

    private Path lockOf(String learner) {
        return folder.resolve(safeName(learner) + ".json.lock");
    }

    /** Load a learner's progress; a missing file gives fresh progress. */
    public Loaded load(String learner) {
        List<String> notices = new ArrayList<>();
        Progress p = readOrRecover(learner, notices);
        if (p == null) {
            p = new Progress(learner);
            if (!notices.isEmpty()) {
                notices.add("Starting with fresh progress.");
            }
        }
        p.base(p.copy());
        return new Loaded(p, notices);
    }

    /**
     * Read the file; if it is unusable, move it aside and fall back on the backup. The backup is
     * only for a damaged file: a missing file means no progress (after a reset, for one).
     */
    private Progress readOrRecover(String learner, List<String> notices) {
        Path file = fileOf(learner);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return ProgressJsonReader.read(Files.readString(file, StandardCharsets.UTF_8), learner);
        } catch (ProgressJsonReader.FormatException e) {
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
        Path backup = backupOf(learner);
        if (Files.exists(backup)) {
            try {
                Progress p =
                        ProgressJsonReader.read(
                                Files.readString(backup, StandardCharsets.UTF_8), learner);
                notices.add("Continuing from the previous save (" + backup + ").");
                return p;
            } catch (ProgressJsonReader.FormatException | IOException e) {
                Path aside = setAside(backup, "corrupt", notices);
                notices.add(
                        "The backup "
                                + backup
                                + " could not be used either; it was moved to "
                                + aside
                                + ".");
            }
        }
        return null;
    }

    /**
     * Save: merge what is on disk into {@code progress} (in place) and write the result. Returns
     * false when the file was reset or replaced by an import since this progress was loaded: then
     * {@code progress} now holds the new record and its own earlier steps were given up.
     */
    public boolean save(Progress progress) throws IOException {
        return update(progress, () -> {});
    }

    /**
     * Merge what is on disk, apply {@code change}, and save, all under the lock: for decisions that
     * depend on what other copies recorded, such as whether a new quiz attempt is still graded.
     */
    public boolean update(Progress progress, Runnable change) throws IOException {
        String learner = progress.learner();
        Files.createDirectories(folder);
        return ProgressLock.with(
                lockOf(learner),
                () -> {
                    synchronized (progress) {
                        Progress disk = readForMerge(learner);
                        boolean kept = disk == null || progress.merge(disk);
                        change.run();
                        if (progress.epoch() == null) {
                            progress.epoch(newEpoch());
                        }
                        progress.updatedAt(clock.instant());
                        write(progress);
                        progress.base(progress.copy());
                        return kept;
                    }
                });
    }

    /** Re-read what other copies saved, merging it in, without waiting for the next save. */
    public boolean refresh(Progress progress) throws IOException {
        return save(progress);
    }

    private Progress readForMerge(String learner) throws IOException {
        Path file = fileOf(learner);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return ProgressJsonReader.read(Files.readString(file, StandardCharsets.UTF_8), learner);
        } catch (ProgressJsonReader.FormatException e) {
            if (e.newer) {
                throw new IOException(
                        file + " was written by a newer Hygiene; it is left as it is");
            }
            // Damaged since we loaded it: keep it aside and merge with the backup instead.
            return readOrRecover(learner, new ArrayList<>());
        }
    }

    /** Fail if this learner's progress could not be saved (a read-only data folder, say). */
    public void checkWritable(String learner) throws IOException {
        Files.createDirectories(folder);
        ProgressLock.with(lockOf(learner), () -> null);
        Path probe = Files.createTempFile(folder, "." + safeName(learner), ".tmp");
        Files.delete(probe);
    }

    /** Start the learner again from nothing; the old files are kept aside. */
    public Path reset(String learner) throws IOException {
        Files.createDirectories(folder);
        return ProgressLock.with(
                lockOf(learner),
                () -> {
                    Path file = fileOf(learner);
                    if (!Files.exists(file)) {
                        return null;
                    }
                    Path aside = asideName(file, "reset");
                    move(file, aside);
                    Path backup = backupOf(learner);
                    if (Files.exists(backup)) {
                        move(backup, asideName(backup, "reset"));
                    }
                    // A fresh record with a new epoch: copies still open drop the old one.
                    Progress fresh = new Progress(learner);
                    fresh.epoch(newEpoch());
                    fresh.updatedAt(clock.instant());
                    writeNoBackup(fresh);
                    return aside;
                });
    }

    /** Replace the learner's progress with {@code imported} (kept as a new epoch). */
    public void replace(Progress imported) throws IOException {
        Files.createDirectories(folder);
        ProgressLock.with(
                lockOf(imported.learner()),
                () -> {
                    imported.epoch(newEpoch());
                    imported.updatedAt(clock.instant());
                    write(imported);
                    imported.base(imported.copy());
                    return null;
                });
    }

    private void write(Progress progress) throws IOException {
        Path file = fileOf(progress.learner());
        if (Files.exists(file)) {
            // A hard copy, not a move: at every instant there is a complete progress file.
            Path backupTemp =
                    Files.createTempFile(folder, "." + safeName(progress.learner()), ".bak.tmp");
            try {
                Files.copy(file, backupTemp, StandardCopyOption.REPLACE_EXISTING);
                move(backupTemp, backupOf(progress.learner()));
            } finally {
                Files.deleteIfExists(backupTemp);
            }
        }
        writeNoBackup(progress);
    }

    private void writeNoBackup(Progress progress) throws IOException {
        AtomicFiles.write(
                fileOf(progress.learner()),
                ProgressJson.write(progress).getBytes(StandardCharsets.UTF_8));
    }

    private static String newEpoch() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void move(Path from, Path to) throws IOException {
        AtomicFiles.move(from, to);
    }

    private Path asideName(Path file, String why) {
        String base = file.getFileName() + "." + why + "-" + STAMP.format(clock.instant());
        Path aside = file.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n);
        }
        return aside;
    }

    private Path setAside(Path file, String why, List<String> notices) {
        Path aside = asideName(file, why);
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
        StringBuilder s = new StringBuilder(learner.length() + 1);
        for (int i = 0; i < learner.length(); i++) {
            char c = learner.charAt(i);
            boolean plain =
                    (c >= 'A' && c <= 'Z')
                            || (c >= 'a' && c <= 'z')
                            || (c >= '0' && c <= '9')
                            || c == '.'
                            || c == '_'
                            || c == '-';
            s.append(plain ? c : '_');
        }
        if (s.length() == 0 || s.charAt(0) == '.') {
            s.insert(0, '_');
        }
        return s.toString();
    }
}
