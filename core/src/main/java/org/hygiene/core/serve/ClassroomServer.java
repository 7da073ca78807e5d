package org.hygiene.core.serve;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.UserAuthFactory;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.hygiene.core.classroom.AuthLog;
import org.hygiene.core.classroom.AuthThrottle;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.ClassHostKey;
import org.hygiene.core.classroom.ClassroomSessions;
import org.hygiene.core.course.Course;
import org.hygiene.core.slides.PresenterBeacon;
import org.hygiene.core.slides.PresenterWatch;
import org.hygiene.core.spi.Plugins;

/**
 * Serve a class's course over SSH (Apache MINA SSHD): sign-in against the roster, one private
 * course session per learner, and nothing else (no shell, exec, subsystem or forwarding). Start
 * with {@link #start}, stop with {@link #stop}, which ends every session with its progress saved.
 */
public final class ClassroomServer implements AutoCloseable {
    private final SshServer sshd;
    private final ServedClass served;
    private final ClassHostKey hostKey;
    private final Set<CourseShell> shells = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService idleWatch;

    private ClassroomServer(SshServer sshd, ServedClass served, ClassHostKey hostKey) {
        this.sshd = sshd;
        this.served = served;
        this.hostKey = hostKey;
        this.idleWatch =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "hygiene-idle-watch");
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** Start serving {@code course} to the learners of {@code folder}. */
    public static ClassroomServer start(
            ClassFolder folder, Course course, Plugins plugins, ServeSettings settings, Clock clock)
            throws IOException {
        AuthLog log = new AuthLog(folder.authLogFile(), clock);
        ClassHostKey hostKey =
                ClassHostKey.loadOrCreate(folder.hostKeyFile(), "hygiene class " + folder.name());
        ServedClass served =
                new ServedClass(
                        folder.name(),
                        folder.rosterFile(),
                        new java.util.concurrent.atomic.AtomicReference<>(),
                        course,
                        plugins,
                        folder.progressStore(clock),
                        new ClassroomSessions(),
                        log,
                        settings,
                        clock,
                        new PresenterWatch(new PresenterBeacon(folder.root()), clock));
        SshServer sshd = ServerBuilder.builder().build();
        ClassroomServer server = new ClassroomServer(sshd, served, hostKey);
        server.configure(folder);
        sshd.start();
        log.record(
                AuthLog.Event.SERVER,
                null,
                settings.bind() + ":" + sshd.getPort(),
                "serving class " + folder.name());
        server.watchIdleSessions();
        return server;
    }

    private void configure(ClassFolder folder) {
        AuthLog log = served.log();
        ServeSettings settings = served.settings();
        sshd.setHost(settings.bind());
        sshd.setPort(settings.port());
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey.keyPair()));
        RosterAuthenticator auth =
                new RosterAuthenticator(
                        folder.rosterFile(), folder.name(), new AuthThrottle(served.clock()), log);
        List<UserAuthFactory> methods =
                List.of(
                        UserAuthPublicKeyFactory.INSTANCE,
                        UserAuthKeyboardInteractiveFactory.INSTANCE,
                        UserAuthPasswordFactory.INSTANCE);
        sshd.setUserAuthFactories(methods);
        sshd.setPublickeyAuthenticator(auth);
        sshd.setKeyboardInteractiveAuthenticator(auth);
        sshd.setPasswordAuthenticator(auth);
        sshd.setHostBasedAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        List<ChannelFactory> channels = new ArrayList<>();
        channels.add(CourseChannelSession.factory(log));
        for (ChannelFactory f : ServerBuilder.DEFAULT_CHANNEL_FACTORIES) {
            if (!f.getName().equals("session")) {
                channels.add(f); // direct-tcpip: asked, then refused by the filter below (logged)
            }
        }
        sshd.setChannelFactories(channels);
        sshd.setForwardingFilter(new RefusingForwardingFilter(log));
        sshd.setShellFactory(
                channel -> {
                    CourseShell shell = new CourseShell(served);
                    shells.add(shell);
                    return shell;
                });
        sshd.setCommandFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setAgentFactory(null);
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, settings.authTimeout());
        // Our own idle watch closes sessions politely; sshd's only catches dead connections.
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, settings.idleTimeout().plusMinutes(5));
        CoreModuleProperties.MAX_CONCURRENT_SESSIONS.set(sshd, settings.maxPerLearner());
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, 2);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 20);
        CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "Hygiene");
        sshd.addSessionListener(new ConnectionLimit(settings.maxSessions(), log));
    }

    private void watchIdleSessions() {
        Duration idle = served.settings().idleTimeout();
        long period = Math.max(1, Math.min(60, idle.toSeconds() / 4));
        idleWatch.scheduleAtFixedRate(
                () -> {
                    try {
                        closeIdle(idle);
                    } catch (RuntimeException e) {
                        // A failing round must not end the watch (scheduled tasks stop on throw).
                        served.log().record(AuthLog.Event.SERVER, null, null, "idle watch: " + e);
                    }
                },
                period,
                period,
                TimeUnit.SECONDS);
    }

    private void closeIdle(Duration idle) {
        long now = System.nanoTime();
        for (CourseShell shell : shells) {
            if (now - shell.lastInputNanos() > idle.toNanos()) {
                shell.close(
                        "Closed after "
                                + org.hygiene.core.text.DurationText.describe(idle)
                                + " without a key press. Your progress is saved;"
                                + " connect again to go on where you were.");
            }
            if (shell.hasEnded()) {
                shells.remove(shell);
            }
        }
    }

    /** The port the server listens on (the one chosen when the settings said 0). */
    public int port() {
        return sshd.getPort();
    }

    /** Give trainers who sign in over SSH this console (none: they are told there is none). */
    public void trainerDesk(org.hygiene.core.classroom.TrainerDesk desk) {
        served.desk().set(desk);
    }

    public ClassHostKey hostKey() {
        return hostKey;
    }

    /** The learners connected now, for the trainer's console. */
    public ClassroomSessions sessions() {
        return served.sessions();
    }

    public AuthLog log() {
        return served.log();
    }

    /**
     * Stop: every learner is told, their progress saved and their connection closed, then the
     * server stops listening.
     */
    public void stop(String reason) {
        for (CourseShell shell : shells) {
            shell.close(reason);
        }
        for (CourseShell shell : shells) {
            shell.awaitEnd(10, TimeUnit.SECONDS);
        }
        idleWatch.shutdownNow();
        try {
            sshd.stop(false);
        } catch (IOException e) {
            // Stopping anyway.
        }
        served.log().record(AuthLog.Event.SERVER, null, null, "stopped");
    }

    @Override
    public void close() {
        stop("The class server is stopping. Your progress is saved.");
    }
}
