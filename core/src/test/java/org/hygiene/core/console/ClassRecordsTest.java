package org.hygiene.core.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.journal.ClassJournal;
import org.hygiene.core.progress.ItemProgress;
import org.hygiene.core.progress.Progress;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.LearnerTally;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.testing.CourseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports read the journal and the collected progress files alike. */
class ClassRecordsTest {
    private static final Instant T = Instant.parse("2026-12-03T09:00:00Z");

    @TempDir Path dir;

    private Course course() throws Exception {
        new CourseFolder(dir.resolve("course"))
                .file(
                        "course.md",
                        "# C\n\n# Part\n\n- [One](lessons/one.md)\n- [Two](lessons/two.md)\n")
                .lesson("lessons/one.md", "one", "Lesson one", 2)
                .lesson("lessons/two.md", "two", "Lesson two", 2);
        return CourseLoader.load(dir.resolve("course"));
    }

    /** A self-paced learner's export: lesson one done, its exercise solved for 6 after 1 hint. */
    private Path export(String learner) throws Exception {
        Path home = dir.resolve("home-" + learner);
        ProgressStore store = new ProgressStore(home);
        Progress p = new Progress(learner);
        UnitProgress one = p.unit("one");
        one.start(T);
        ItemProgress x = one.item("first-ip");
        x.maxPoints = 10;
        x.points = 6;
        x.hintsUsed = 1;
        x.solved = true;
        x.attempts = 2;
        one.rescoreFromItems();
        one.complete(T);
        store.save(p);
        return store.fileOf(learner);
    }

    @Test
    void collectedLearnersCountBesideServedOnesAndCollectingAgainDoesNotCountTwice()
            throws Exception {
        Path classRoot = dir.resolve("data/classes/monday");
        Files.createDirectories(classRoot);
        try (ClassJournal journal =
                ClassJournal.open(
                        classRoot.resolve(ClassJournal.FILE_NAME),
                        new PrintWriter(new StringWriter()))) {
            journal.record(LearnerEvent.unitDone("two").at(T).by("bob"));
        }
        Path ann = export("ann");
        ProgressCollector collector = new ProgressCollector(classRoot);
        assertThat(collector.collect(List.of(ann))).containsExactly(ann + ": collected as ann");
        assertThat(collector.collect(List.of(ann))).hasSize(1);

        ClassRecords records = new ClassRecords(classRoot, course(), new Plugins(List.of()));
        ClassRecords.Loaded loaded = records.load();
        ClassResults results = records.results(loaded.events(), List.of());

        assertThat(loaded.notices()).isEmpty();
        assertThat(results.learners()).extracting(LearnerTally::name).containsExactly("ann", "bob");
        LearnerTally a = results.learner("ann").orElseThrow();
        assertThat(a.exercisePoints()).isEqualTo(6);
        assertThat(a.hints()).isEqualTo(1);
        assertThat(a.unitsDone()).containsExactly("one");
        assertThat(records.labels().unitTitle("two")).isEqualTo("Lesson two");
    }

    @Test
    void filesThatAreNotProgressAreRefusedOneByOne() throws Exception {
        Path classRoot = dir.resolve("classes/monday");
        Path notJson = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path noLearner = Files.writeString(dir.resolve("x.json"), "{\"schemaVersion\":1}");
        List<String> lines =
                new ProgressCollector(classRoot)
                        .collect(List.of(notJson, noLearner, dir.resolve("missing.json")));
        assertThat(lines)
                .containsExactly(
                        notJson + ": not collected: not a progress file (not JSON)",
                        noLearner
                                + ": not collected: not a progress file (no schema version or"
                                + " learner name)",
                        dir.resolve("missing.json") + ": not collected: no such file");
    }
}
