package org.hygiene.core.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.hygiene.core.progress.ProgressStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassroomServerTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    ServedCourseFixture room;

    @BeforeEach
    void serve() throws Exception {
        room = new ServedCourseFixture(data, courseDir).serve();
    }

    @AfterEach
    void stop() {
        room.close();
    }

    @Test
    void aLearnerSignsInWithTheirCodeAndGetsTheCourseMap() throws Exception {
        try (SshLearner alice = room.learner("alice").openCourse(80, 24)) {
            alice.waitFor("Served course");
            alice.waitFor("First lesson");
            alice.type("q");
            assertThat(alice.waitClosed()).isTrue();
            assertThat(alice.transcript()).contains("Your progress is saved");
        }
        assertThat(Files.readString(room.folder.authLogFile()))
                .contains(" sign-in alice 127.0.0.1:")
                .contains(" disconnect alice ");
    }

    @Test
    void aLearnerWithAKeySignsInWithoutACode() throws Exception {
        try (SshLearner dave =
                SshLearner.connect(room.port(), "dave").signInWithKey(room.daveKey)) {
            dave.openCourse(100, 30).waitFor("Served course");
        }
        assertThat(Files.readString(room.folder.authLogFile()))
                .contains("sign-in dave")
                .contains("key SHA256:");
    }

    @Test
    void aWrongCodeAndAnUnknownLearnerAreRefusedAndLogged() throws Exception {
        try (SshLearner eve = SshLearner.connect(room.port(), "alice")) {
            assertThatThrownBy(() -> eve.signInWithCode("AAAAA-AAAAA")).isNotNull();
        }
        try (SshLearner eve = SshLearner.connect(room.port(), "mallory")) {
            assertThatThrownBy(() -> eve.signInWithCode(room.codes.get("alice"))).isNotNull();
        }
        String log = Files.readString(room.folder.authLogFile());
        assertThat(log).contains("refused alice 127.0.0.1:").contains("wrong code");
        assertThat(log).contains("refused mallory").contains("unknown learner");
        assertThat(log).doesNotContain("sign-in");
    }

    @Test
    void progressLivesInTheClassFolderOneFilePerLearner() throws Exception {
        try (SshLearner alice = room.learner("alice").openCourse(80, 24)) {
            alice.waitFor("First lesson");
            alice.type("\r");
            alice.waitFor("Reading First lesson");
            alice.type("  ");
            alice.waitFor("Position 2");
            alice.type("\u0003");
            assertThat(alice.waitClosed()).isTrue();
        }
        ProgressStore store = new ProgressStore(room.folder.root(), Clock.systemUTC());
        assertThat(store.fileOf("alice")).exists();
        assertThat(store.load("alice").progress().unit("first").position).isEqualTo(2);
        assertThat(store.fileOf("bob")).doesNotExist();
    }
}
