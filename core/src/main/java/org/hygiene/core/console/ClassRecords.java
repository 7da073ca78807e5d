package org.hygiene.core.console;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.journal.ClassJournal;
import org.hygiene.core.journal.JournalReader;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.results.ClassResults;
import org.hygiene.core.results.CourseLabels;
import org.hygiene.core.results.ItemKey;
import org.hygiene.core.results.ProgressEvents;
import org.hygiene.core.spi.Plugins;

/**
 * Everything a class has recorded, read back for reports: the journal of the served sessions, and
 * the progress files collected from self-paced learners ({@code collected/progress/}).
 */
public final class ClassRecords {
    /** Where {@code class collect} keeps the progress files it took, under the class folder. */
    public static final String COLLECTED = "collected";

    private final Path classRoot;
    private final Course course;
    private final Plugins plugins;

    public ClassRecords(Path classRoot, Course course, Plugins plugins) {
        this.classRoot = classRoot;
        this.course = course;
        this.plugins = plugins;
    }

    public Path journalFile() {
        return classRoot.resolve(ClassJournal.FILE_NAME);
    }

    /** The events and what could not be read. */
    public record Loaded(List<LearnerEvent> events, List<String> notices) {}

    /**
     * The journal's events, then the collected learners' (a learner collected and also served is
     * counted from both).
     */
    public Loaded load() throws IOException {
        JournalReader.Read read = JournalReader.read(journalFile());
        List<LearnerEvent> events = new ArrayList<>(read.events());
        List<String> notices = new ArrayList<>(read.notices());
        Path collected = classRoot.resolve(COLLECTED);
        Path folder = collected.resolve("progress");
        if (Files.isDirectory(folder)) {
            ProgressStore store = new ProgressStore(collected);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path f : sorted) {
                    String name = f.getFileName().toString();
                    String learner = name.substring(0, name.length() - ".json".length());
                    ProgressStore.Loaded loaded = store.load(learner);
                    notices.addAll(loaded.notices());
                    events.addAll(ProgressEvents.of(loaded.progress(), learner, quizUnits()));
                }
            }
        }
        return new Loaded(events, notices);
    }

    public Set<String> quizUnits() {
        return course.units().stream()
                .filter(u -> u.kind() == UnitKind.QUIZ)
                .map(Unit::id)
                .collect(Collectors.toSet());
    }

    public ClassResults results(List<LearnerEvent> events, List<String> roster) {
        return ClassResults.of(events, roster);
    }

    /** Titles of units, exercises and questions, and the right options, from the course. */
    public CourseLabels labels() {
        Map<String, String> titles = new LinkedHashMap<>();
        List<ItemKey> items = new ArrayList<>();
        for (Unit unit : course.units()) {
            titles.put(unit.id(), unit.title());
            plugins.playerFor(unit.kind())
                    .ifPresent(
                            p -> {
                                try {
                                    items.addAll(p.itemKeys(unit));
                                } catch (RuntimeException e) {
                                    // A unit that cannot be read is reported by validate.
                                }
                            });
        }
        return new CourseLabels(titles, items);
    }
}
