package org.hygiene.core.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the course is served: everything else a signed-in client asks for gets the SSH refusal. */
class RefusedRequestsTest {
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
    void execIsRefused() throws Exception {
        try (SshLearner alice = room.learner("alice")) {
            ChannelExec exec = alice.session.createExecChannel("ls /");
            exec.open().verify(SshLearner.TIMEOUT);
            assertThat(exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshLearner.TIMEOUT))
                    .contains(ClientChannelEvent.CLOSED);
            assertThat(exec.getExitStatus()).isNull();
        }
        assertThat(Files.readString(room.folder.authLogFile()))
                .contains("request-refused alice 127.0.0.1:")
                .contains("exec ls /");
    }

    @Test
    void sftpAndOtherSubsystemsAreRefused() throws Exception {
        try (SshLearner alice = room.learner("alice")) {
            ChannelSubsystem sftp = alice.session.createSubsystemChannel("sftp");
            sftp.open().verify(SshLearner.TIMEOUT);
            assertThat(sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshLearner.TIMEOUT))
                    .contains(ClientChannelEvent.CLOSED);
            assertThat(sftp.getExitStatus()).isNull();
        }
        assertThat(Files.readString(room.folder.authLogFile())).contains("subsystem sftp");
    }

    @Test
    void portForwardingIsRefusedBothWays() throws Exception {
        try (SshLearner alice = room.learner("alice")) {
            var tunnel =
                    alice.session.createDirectTcpipChannel(
                            new SshdSocketAddress("127.0.0.1", 0),
                            new SshdSocketAddress("127.0.0.1", room.port()));
            assertThatThrownBy(() -> tunnel.open().verify(SshLearner.TIMEOUT)).isNotNull();
            assertThatThrownBy(
                            () ->
                                    alice.session.startRemotePortForwarding(
                                            new SshdSocketAddress("127.0.0.1", 0),
                                            new SshdSocketAddress("127.0.0.1", 22)))
                    .isNotNull();
            // The connection itself is still fine: the course opens.
            alice.openCourse(80, 24).waitFor("Served course");
        }
        String log = Files.readString(room.folder.authLogFile());
        assertThat(log).contains("port forwarding to 127.0.0.1:" + room.port());
        assertThat(log).contains("remote port forwarding 127.0.0.1");
    }
}
