package org.hygiene.core.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.JoinCodes;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.spi.HygienePlugin;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.UnitPlayer;
import org.hygiene.core.testing.CourseFolder;

/** A class with a roster and a two-lesson course, served on a free loopback port. */
final class ServedCourseFixture implements AutoCloseable {
    final Path data;
    final ClassFolder folder;
    final Map<String, String> codes = new LinkedHashMap<>();
    final KeyPair daveKey;
    final Course course;
    ClassroomServer server;

    ServedCourseFixture(Path data, Path courseDir) throws Exception {
        this.data = data;
        new CourseFolder(courseDir)
                .file(
                        "course.md",
                        "# Served course\n\n"
                                + "# Part one\n"
                                + "- [First](lessons/01.md)\n"
                                + "- [Second](lessons/02.md)\n")
                .lesson("lessons/01.md", "first", "First lesson", 3)
                .lesson("lessons/02.md", "second", "Second lesson", 3);
        course = CourseLoader.load(courseDir);
        folder = ClassFolder.of(data, "monday");
        folder.create();
        Roster roster = new Roster();
        for (String name : List.of("alice", "bob")) {
            String code = JoinCodes.generate();
            codes.put(name, code);
            roster.put(new RosterEntry(name, JoinCodes.hash(code), List.of(), null));
        }
        daveKey = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        roster.put(
                new RosterEntry(
                        "dave", null, List.of(PublicKeyEntry.toString(daveKey.getPublic())), null));
        roster.save(folder.rosterFile());
    }

    ServedCourseFixture serve(ServeSettings settings) throws IOException {
        return serve(settings, Clock.systemUTC());
    }

    ServedCourseFixture serve(ServeSettings settings, Clock clock) throws IOException {
        UnitPlayer player = new ProbePlayer();
        HygienePlugin plugin =
                new HygienePlugin() {
                    @Override
                    public List<UnitPlayer> players() {
                        return List.of(player);
                    }
                };
        server =
                ClassroomServer.start(
                        folder, course, new Plugins(List.of(plugin)), settings, clock);
        return this;
    }

    ServedCourseFixture serve() throws IOException {
        return serve(ServeSettings.of("127.0.0.1", 0));
    }

    static ServeSettings withIdle(Duration idle) {
        return ServeSettings.of("127.0.0.1", 0).withIdleTimeout(idle);
    }

    int port() {
        return server.port();
    }

    SshLearner learner(String name) throws IOException {
        return SshLearner.connect(port(), name).signInWithCode(codes.get(name));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
