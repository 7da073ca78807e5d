package org.hygiene.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.ClassroomSessions;
import org.hygiene.core.classroom.LiveSession;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.console.ClassRecords;
import org.hygiene.core.console.ClassroomRecorder;
import org.hygiene.core.console.ConsoleRoom;
import org.hygiene.core.console.RosterWatch;
import org.hygiene.core.console.screen.TrainerConsole;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.results.StuckRule;
import org.hygiene.core.serve.ClassroomServer;
import org.hygiene.core.serve.ServeSettings;
import org.hygiene.core.text.Sanitizer;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hygiene serve --class NAME}: serve the course to a class over SSH until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the course over SSH to the learners of a class.",
            "Each signs in with their join code or key and gets their own course, saved in the"
                    + " class folder. Ctrl-C stops, saving everyone's progress. On a terminal,"
                    + " the trainer's console shows the room live (keys: ? in the console); with"
                    + " --plain or no terminal, a line log instead."
        })
final class ServeCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AppContext context;

    @Option(names = "--class", required = true, paramLabel = "NAME", description = "The class.")
    String className;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "2222",
            description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "0.0.0.0",
            description =
                    "Address to listen on (default: ${DEFAULT-VALUE}, every network of this"
                            + " machine; 127.0.0.1 for this machine only).")
    String bind;

    @Option(
            names = "--idle-timeout",
            paramLabel = "TIME",
            defaultValue = "2h",
            description =
                    "Close a session after this long without a key press, e.g. 90m or 2h"
                            + " (default: ${DEFAULT-VALUE}).")
    String idle;

    @Option(
            names = "--max-sessions",
            paramLabel = "N",
            defaultValue = "100",
            description = "Connections at once, in all (default: ${DEFAULT-VALUE}).")
    int maxSessions;

    @Option(
            names = "--max-per-learner",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "Connections at once per learner; one plays, another may take over"
                            + " (default: ${DEFAULT-VALUE}).")
    int maxPerLearner;

    @Option(
            names = "--stuck-wrong",
            paramLabel = "N",
            defaultValue = "3",
            description =
                    "The console flags a learner as stuck after this many wrong answers to one"
                            + " exercise (default: ${DEFAULT-VALUE}).")
    int stuckWrong;

    @Option(
            names = "--stuck-after",
            paramLabel = "TIME",
            defaultValue = "10m",
            description =
                    "...or after this long in one exercise without solving it (default:"
                            + " ${DEFAULT-VALUE}).")
    String stuckAfter;

    ServeCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        ClassFolder folder = ClassFolder.existing(context.dataDir(), className);
        Roster roster = Roster.load(folder.rosterFile());
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be between 0 and 65535");
        }
        if (maxSessions < 1 || maxPerLearner < 1) {
            throw new UserException("--max-sessions and --max-per-learner must be at least 1");
        }
        if (stuckWrong < 1) {
            throw new UserException("--stuck-wrong must be at least 1");
        }
        StuckRule stuck = new StuckRule(stuckWrong, parseDuration(stuckAfter));
        ServeSettings settings =
                ServeSettings.of(bind, port)
                        .withIdleTimeout(parseDuration(idle))
                        .withLimits(maxSessions, maxPerLearner);
        var course = context.course();
        ClassroomServer server;
        try {
            server =
                    ClassroomServer.start(
                            folder, course, context.plugins(), settings, context.clock());
        } catch (BindException e) {
            throw new UserException(
                    "cannot listen on "
                            + bind
                            + ":"
                            + port
                            + " ("
                            + e.getMessage()
                            + "); choose another with --port or --bind");
        }
        PrintWriter out = context.out();
        boolean fullScreen = context.interactive();
        ClassroomRecorder recorder =
                ClassroomRecorder.open(
                        folder.root(), context.clock(), context.err(), fullScreen ? null : out);
        server.sessions().addListener(recorder);
        ConsoleRoom room =
                new ConsoleRoom(
                        folder.name(),
                        folder.root(),
                        course,
                        new ClassRecords(folder.root(), course, context.plugins()).labels(),
                        recorder,
                        server.sessions(),
                        new RosterWatch(folder.rosterFile()),
                        stuck,
                        context.clock(),
                        ZoneId.systemDefault(),
                        ServeBanner.joinLines(settings, server));
        server.trainerDesk(
                (terminal, trainer, noColor) ->
                        new TrainerConsole(room, terminal, noColor ? Theme.MONO : Theme.DARK, false)
                                .run());
        Thread hook =
                new Thread(
                        () -> server.stop("The class server was stopped. Your progress is saved."));
        Runtime.getRuntime().addShutdownHook(hook);
        ServeBanner.print(out, folder, roster, settings, server);
        if (fullScreen) {
            out.println("Opening the trainer's console...");
            out.flush();
            new TrainerConsole(room, context.terminal(), context.theme(), true).run();
        } else {
            server.sessions().addListener(liveLog(out));
            waitForCtrlC(context.terminal());
        }
        out.println();
        out.println("Stopping: closing every session and saving progress...");
        out.flush();
        server.stop("The trainer has closed the class. Your progress is saved.");
        Runtime.getRuntime().removeShutdownHook(hook);
        out.println("Stopped. Every learner's progress is saved in " + folder.root());
        recorder.close();
        return 0;
    }

    /** The line log's way to stop: Ctrl-C. */
    private static void waitForCtrlC(Terminal terminal) {
        CountDownLatch stop = new CountDownLatch(1);
        Terminal.SignalHandler previous =
                terminal.handle(Terminal.Signal.INT, s -> stop.countDown());
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    private static ClassroomSessions.Listener liveLog(PrintWriter out) {
        return new ClassroomSessions.Listener() {
            @Override
            public void joined(LiveSession s) {
                line(s, "joined from " + s.address());
            }

            @Override
            public void left(LiveSession s, String why) {
                line(s, why);
            }

            private void line(LiveSession s, String what) {
                synchronized (out) {
                    out.println(
                            CLOCK.format(
                                            LocalTime.now(ZoneId.systemDefault())
                                                    .truncatedTo(ChronoUnit.SECONDS))
                                    + "  "
                                    + Sanitizer.clean(s.learner())
                                    + " "
                                    + Sanitizer.clean(what));
                    out.flush();
                }
            }
        };
    }

    /** {@code 90m}, {@code 2h}, {@code 45s} or ISO-8601 ({@code PT2H}). */
    static Duration parseDuration(String text) {
        return positive(
                org.hygiene.core.text.DurationText.parse(text)
                        .orElseThrow(
                                () ->
                                        new UserException(
                                                "'"
                                                        + Sanitizer.clean(text)
                                                        + "' is not a time; use e.g. 45s, 90m or"
                                                        + " 2h")),
                text);
    }

    private static Duration positive(Duration d, String text) {
        if (d.isNegative() || d.isZero()) {
            throw new UserException("the idle timeout must be more than zero: " + text);
        }
        return d;
    }
}
