package org.hygiene.lessons.proof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hygiene.core.course.Problem;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.logs.LogTable;

/**
 * The scenarios of one course ({@code samples/<name>/}), each scanned once: its hunt engine, or the
 * problems that make it unusable. Problems of a scenario are handed out once, to the first lesson
 * that names it, so four lessons on one broken scenario give one message.
 */
final class Scenarios {
    /**
     * A scanned scenario: an engine when its logs can be hunted in; {@code noLogs} when no file
     * feeds any table (reported at each lesson's {@code scenario} line).
     */
    record Scanned(Optional<HuntEngine> engine, List<Problem> problems, boolean noLogs) {}

    private final Path root;
    private final Map<String, Scanned> scanned = new HashMap<>();

    Scenarios(Path courseRoot) {
        this.root = courseRoot;
    }

    /** The folder names under {@code samples/}. */
    List<String> names() {
        Path samples = root.resolve("samples");
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(samples)) {
            return dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString().replace("/", ""))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    boolean exists(String name) {
        return Files.isDirectory(folder(name));
    }

    /** Scan the scenario on first use; its problems come with the first call only. */
    Scanned scan(String name) {
        Scanned known = scanned.get(name);
        if (known != null) {
            return new Scanned(known.engine(), List.of(), known.noLogs());
        }
        Scanned fresh = doScan(name);
        scanned.put(name, fresh);
        return fresh;
    }

    private Scanned doScan(String name) {
        String shown = "samples/" + name;
        List<Problem> problems = new ArrayList<>();
        Evidence evidence;
        try {
            evidence = Evidence.scan(folder(name));
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, 0, "cannot read the scenario: " + e.getMessage()));
            return new Scanned(Optional.empty(), problems, false);
        }
        for (String file : evidence.unrecognised()) {
            if (!looksLikeALog(file)) {
                continue; // notes and hostname.txt travel with logs; they are not meant as tables
            }
            problems.add(
                    new Problem(
                            shown + "/" + file,
                            1,
                            1,
                            "no log format reads this file, so no table holds its lines; see"
                                    + " docs/log-formats.md for the formats and where each lives"));
        }
        for (Evidence.Skipped skipped : evidence.skipped()) {
            problems.add(
                    new Problem(
                            shown + "/" + skipped.file(),
                            1,
                            1,
                            "cannot be read, so no table holds its lines: " + skipped.reason()));
        }
        boolean anyLog = false;
        for (LogTable table : evidence.tables()) {
            anyLog |= !evidence.files(table.name()).isEmpty();
        }
        if (!anyLog) {
            return new Scanned(Optional.empty(), problems, true);
        }
        return new Scanned(Optional.of(HuntEngine.over(evidence.tables())), problems, false);
    }

    private static boolean looksLikeALog(String file) {
        String name = file.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".log") || name.endsWith(".csv");
    }

    private Path folder(String name) {
        return root.resolve("samples").resolve(name);
    }
}
