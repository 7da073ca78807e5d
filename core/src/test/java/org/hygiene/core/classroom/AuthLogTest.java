package org.hygiene.core.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hygiene.core.files.OwnerOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthLogTest {
    @TempDir Path dir;

    @Test
    void clientTextCannotForgeLinesOrReachTheTerminalAsEscapes() throws Exception {
        AuthLog log =
                new AuthLog(
                        dir.resolve("auth.log"),
                        Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
        log.record(
                AuthLog.Event.REFUSED,
                "eve\n2026-12-03T10:00:00Z sign-in alice 1.2.3.4\u001b[2J",
                "192.0.2.9:4000",
                "unknown learner");
        String text = Files.readString(dir.resolve("auth.log"));
        assertThat(text.lines()).hasSize(1);
        assertThat(text).doesNotContain("\u001b").contains("^[").contains("\"eve ");
        assertThat(log.lastSignIns()).isEmpty();
    }

    @Test
    void lastSignInsComeFromTheLog() {
        AuthLog log = new AuthLog(dir.resolve("auth.log"), Clock.systemUTC());
        log.record(AuthLog.Event.SIGN_IN, "alice", "127.0.0.1:5000", "code");
        log.record(AuthLog.Event.DISCONNECT, "alice", "127.0.0.1:5000", "left");
        log.record(AuthLog.Event.REFUSED, "bob", "127.0.0.1:5001", "wrong code");
        assertThat(log.lastSignIns()).containsOnlyKeys("alice");
    }

    @Test
    void theLogIsForTheOwnerOnly() throws Exception {
        AuthLog log = new AuthLog(dir.resolve("auth.log"), Clock.systemUTC());
        log.record(AuthLog.Event.SERVER, null, null, "started");
        assertThat(OwnerOnly.isOpenToOthers(dir.resolve("auth.log"))).isFalse();
    }
}
