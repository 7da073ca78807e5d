package org.hygiene.content.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.JoinCodes;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.serve.ClassroomServer;
import org.hygiene.core.serve.ServeSettings;
import org.hygiene.core.spi.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled course served to the real OpenSSH client on loopback: a learner signs in with a key
 * and another with a join code, each gets the course map, and {@code exec} and {@code sftp} are
 * refused. Skipped where {@code /usr/bin/ssh} is not installed.
 */
class OpenSshEndToEndTest {
    @TempDir Path data;
    @TempDir Path work;

    @Test
    void openSshLearnersSignInByKeyAndByCodeAndCannotRunCommands() throws Exception {
        assumeTrue(OpenSshClient.installed(), "OpenSSH's ssh is not installed");
        Path key = work.resolve("dave_key");
        Process keygen =
                new ProcessBuilder(
                                "ssh-keygen",
                                "-q",
                                "-t",
                                "ed25519",
                                "-N",
                                "",
                                "-C",
                                "dave",
                                "-f",
                                key.toString())
                        .redirectErrorStream(true)
                        .start();
        assertThat(keygen.waitFor()).isZero();
        ClassFolder folder = ClassFolder.of(data, "monday");
        folder.create();
        String code = JoinCodes.generate();
        Roster roster = new Roster();
        roster.put(new RosterEntry("alice", JoinCodes.hash(code), List.of(), null));
        roster.put(
                new RosterEntry(
                        "dave",
                        null,
                        List.of(Files.readString(work.resolve("dave_key.pub")).strip()),
                        null));
        roster.save(folder.rosterFile());
        Course course = CourseLoader.load(BundledCourse.root().orElseThrow());

        try (ClassroomServer server =
                ClassroomServer.start(
                        folder,
                        course,
                        Plugins.load(),
                        ServeSettings.of("127.0.0.1", 0),
                        Clock.systemUTC())) {
            int port = server.port();
            try (OpenSshClient dave = OpenSshClient.run(work, port, "dave", key, null)) {
                dave.waitFor("0 of ");
                dave.type("\r");
                dave.waitFor("q back");
                dave.type("q");
                dave.type("q");
                dave.waitFor("Your progress is saved");
                assertThat(dave.exitStatus()).isZero();
            }
            try (OpenSshClient alice = OpenSshClient.run(work, port, "alice", null, code)) {
                alice.waitFor("0 of ");
                alice.type("\u0003");
                alice.waitFor("Your progress is saved");
                assertThat(alice.exitStatus()).isZero();
            }
            try (OpenSshClient ls = OpenSshClient.run(work, port, "dave", key, null, "ls")) {
                assertThat(ls.exitStatus()).isEqualTo(255);
                assertThat(ls.output()).contains("exec request failed");
            }
            try (OpenSshClient sftp =
                    OpenSshClient.run(work, port, "dave", key, null, "-s", "sftp")) {
                assertThat(sftp.exitStatus()).isEqualTo(255);
                assertThat(sftp.output()).contains("subsystem request failed");
            }
            try (OpenSshClient wrong =
                    OpenSshClient.run(work, port, "alice", null, "AAAAA-AAAAA")) {
                assertThat(wrong.exitStatus()).isEqualTo(255);
                assertThat(wrong.output()).contains("Permission denied");
            }
            assertThat(new ProgressStore(folder.root(), Clock.systemUTC()).fileOf("dave")).exists();
            Process fingerprint =
                    new ProcessBuilder("ssh-keygen", "-lf", folder.hostKeyFile().toString())
                            .redirectErrorStream(true)
                            .start();
            String shown = new String(fingerprint.getInputStream().readAllBytes());
            String expected = server.hostKey().fingerprintLine();
            assertThat(shown).startsWith(expected.substring(0, expected.indexOf(" (")));
        }
        String log = Files.readString(folder.authLogFile());
        assertThat(log).contains("sign-in dave").contains("sign-in alice 127.0.0.1:");
        assertThat(log).contains("exec ls").contains("subsystem sftp").contains("wrong code");
    }
}
