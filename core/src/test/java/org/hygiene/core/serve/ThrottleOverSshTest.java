package org.hygiene.core.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guessing codes is slowed per connection and per address; a crowd cannot crowd the room out. */
class ThrottleOverSshTest {
    @TempDir Path data;
    @TempDir Path courseDir;
    ServedCourseFixture room;

    /** A clock the test moves, so waits are checked without waiting. */
    static final class TestClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @AfterEach
    void stop() {
        room.close();
    }

    @Test
    void threeWrongCodesCloseTheConnectionThenTheAddressMustWait() throws Exception {
        TestClock clock = new TestClock();
        room =
                new ServedCourseFixture(data, courseDir)
                        .serve(ServeSettings.of("127.0.0.1", 0), clock);
        try (SshLearner guesser = SshLearner.connect(room.port(), "alice")) {
            guesser.session.addPasswordIdentity("AAAAA-AAAAA");
            guesser.session.addPasswordIdentity("BBBBB-BBBBB");
            guesser.session.addPasswordIdentity("CCCCC-CCCCC");
            guesser.session.addPasswordIdentity(room.codes.get("alice"));
            assertThatThrownBy(() -> guesser.session.auth().verify(SshLearner.TIMEOUT)).isNotNull();
            assertThat(guesser.session.isAuthenticated()).isFalse();
        }
        // Even the right code is not checked while the address waits.
        try (SshLearner alice = SshLearner.connect(room.port(), "alice")) {
            assertThatThrownBy(() -> alice.signInWithCode(room.codes.get("alice"))).isNotNull();
        }
        String log = Files.readString(room.folder.authLogFile());
        assertThat(log).contains("wrong code; address waits 1 s").contains("throttled alice");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        try (SshLearner alice = room.learner("alice")) {
            assertThat(alice.session.isAuthenticated()).isTrue();
        }
    }

    @Test
    void connectionsBeyondTheLimitAreTurnedAway() throws Exception {
        room =
                new ServedCourseFixture(data, courseDir)
                        .serve(ServeSettings.of("127.0.0.1", 0).withLimits(1, 2));
        try (SshLearner alice = room.learner("alice")) {
            assertThatThrownBy(() -> room.learner("bob")).isNotNull();
            assertThat(alice.session.isAuthenticated()).isTrue();
        }
        assertThat(Files.readString(room.folder.authLogFile())).contains("server full");
    }

    @Test
    void aLearnerMayHoldOnlyAFewConnections() throws Exception {
        room =
                new ServedCourseFixture(data, courseDir)
                        .serve(ServeSettings.of("127.0.0.1", 0).withLimits(10, 1));
        try (SshLearner alice = room.learner("alice")) {
            assertThatThrownBy(() -> room.learner("alice")).isNotNull();
            try (SshLearner bob = room.learner("bob")) {
                assertThat(bob.session.isAuthenticated()).isTrue();
            }
        }
    }
}
