package org.hygiene.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.hygiene.core.console.ClassRecords;
import org.hygiene.core.console.ClassroomRecorder;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;
import org.hygiene.core.journal.ClassJournal;
import org.hygiene.core.journal.JournalReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served class over SSH is recorded in its journal, follows the trainer's pacing and hears
 * broadcasts.
 */
class RecordedClassTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    ServedCourseFixture room;
    ClassroomRecorder recorder;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void serve() throws Exception {
        room = new ServedCourseFixture(data, courseDir).serve();
        recorder =
                ClassroomRecorder.open(
                        room.folder.root(),
                        Clock.systemUTC(),
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(log, true));
        room.server.sessions().addListener(recorder);
    }

    @AfterEach
    void stop() throws Exception {
        room.close();
        recorder.close();
    }

    @Test
    void aLockedUnitRefusesToOpenABroadcastReachesEveryoneAndTheJournalHasItAll() throws Exception {
        recorder.pacing().lock("second", "we start it together after the break");
        try (SshLearner alice = room.learner("alice").openCourse(80, 24);
                SshLearner bob = room.learner("bob").openCourse(100, 30)) {
            alice.waitFor("First lesson");
            bob.waitFor("First lesson");
            alice.waitFor("locked: we start it");
            alice.type("j\r");
            alice.waitFor("is locked");
            room.server.sessions().broadcast("Break: back at 10:30");
            alice.waitFor("Break: back at 10:30");
            bob.waitFor("Break: back at 10:30");
            alice.type("q");
            bob.type("q");
            alice.waitClosed();
            bob.waitClosed();
        }
        JournalReader.Read read =
                JournalReader.read(room.folder.root().resolve(ClassJournal.FILE_NAME));
        assertThat(read.notices()).isEmpty();
        assertThat(read.events())
                .filteredOn(e -> "alice".equals(e.learner()))
                .extracting(LearnerEvent::kind)
                .contains(LearnerEventKind.JOINED, LearnerEventKind.LEFT)
                .doesNotContain(LearnerEventKind.UNIT_OPENED);
        ClassRecords records =
                new ClassRecords(
                        room.folder.root(),
                        room.course,
                        room.server == null ? null : new org.hygiene.core.spi.Plugins(List.of()));
        assertThat(records.results(records.load().events(), List.of()).learners())
                .extracting(l -> l.name())
                .containsExactly("alice", "bob");
    }
}
