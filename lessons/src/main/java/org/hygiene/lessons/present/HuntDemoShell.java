package org.hygiene.lessons.present;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.evidence.EvidenceNotices;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.shell.HuntShell;
import org.jline.terminal.Terminal;

/**
 * The hunt shell over the presented lesson's scenario, for querying the logs live in front of the
 * room. Nothing is recorded: a demo is not a learner's attempt.
 */
final class HuntDemoShell implements DemoShell {

    @Override
    public String open(LessonDeck deck, Terminal terminal) {
        Optional<String> scenario = deck.scenario();
        if (scenario.isEmpty()) {
            return "This lesson names no scenario: there are no logs to query.";
        }
        Optional<Path> folder = folderOf(deck.unit().path(), scenario.get());
        if (folder.isEmpty()) {
            return "The scenario '" + scenario.get() + "' is not in this course's samples.";
        }
        HuntEngine engine;
        List<String> notices;
        try {
            Evidence evidence = Evidence.scan(folder.get());
            engine = HuntEngine.over(evidence.tables());
            notices = EvidenceNotices.skipped(evidence);
        } catch (RuntimeException | java.io.IOException e) {
            return "Cannot open the " + scenario.get() + " logs: " + e.getMessage();
        }
        terminal.writer().println();
        HuntShell.builder(terminal, engine)
                .banner(
                        "Live demo on the " + scenario.get() + " logs (nothing is recorded).",
                        "Type .help for the keys and .quit (or Ctrl-D) to go back to the slides.")
                .banner(notices.toArray(String[]::new))
                .paging(true)
                .build()
                .run();
        return "Back from the hunt shell.";
    }

    /** {@code samples/NAME} in the lesson's course: the nearest folder above it that has one. */
    static Optional<Path> folderOf(Path lesson, String scenario) {
        for (Path dir = lesson.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples").resolve(scenario);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
