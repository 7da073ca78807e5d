package org.hygiene.core.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.hygiene.core.classroom.AuthLog;
import org.hygiene.core.classroom.LiveSession;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.screen.CourseMapScreen;
import org.hygiene.core.spi.Session;
import org.hygiene.core.text.Sanitizer;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * One learner's course over one SSH channel: a JLine terminal over the channel's streams, the
 * course map on it in a thread of its own, and the window-change and interrupt signals forwarded.
 * When it ends, for whatever reason (the learner quits, hangs up, is idle, is taken over, or the
 * server stops), progress is saved first and the reason is shown.
 */
final class CourseShell implements Command, LiveSession {
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private final ServedClass served;
    private final Instant connectedAt;
    private volatile ActivityInput in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile Terminal terminal;
    private volatile Session session;
    private volatile String closingReason;
    private final CountDownLatch ended = new CountDownLatch(1);
    private String learner;
    private boolean noColor;
    private volatile boolean trainer;
    private String address;
    private String id;

    CourseShell(ServedClass served) {
        this.served = served;
        this.connectedAt = served.clock().instant();
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = new ActivityInput(in);
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // Everything goes to the terminal; stderr is not used.
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        learner = channel.getServerSession().getUsername();
        address = RosterAuthenticator.address(channel.getServerSession());
        id = learner + "#" + NEXT_ID.incrementAndGet();
        String noColorValue = env.getEnv().get("NO_COLOR");
        noColor = noColorValue != null && !noColorValue.isEmpty();
        terminal = SshTerminals.open(env.getEnv(), env.getPtyModes(), in, out);
        env.addSignalListener(
                (ch, signal) -> {
                    terminal.setSize(SshTerminals.size(env.getEnv()));
                    terminal.raise(Terminal.Signal.WINCH);
                    served.sessions().resized(this);
                },
                Signal.WINCH);
        env.addSignalListener((ch, signal) -> terminal.raise(Terminal.Signal.INT), Signal.INT);
        Thread thread = new Thread(this::run, "hygiene-" + id);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        int status = 0;
        boolean registered = false;
        try {
            if (!capable()) {
                say("Hygiene needs a full-screen terminal. Connect again with: ssh -t ...\r\n");
                status = 1;
                return;
            }
            if (served.isTrainer(learner)) {
                trainer = true;
                openConsole();
                return;
            }
            if (!claimLearner()) {
                if (closingReason == null) {
                    say("The other session goes on. Bye.\r\n");
                }
                return;
            }
            registered = true;
            ProgressStore.Loaded loaded = served.store().load(learner);
            session = newSession(loaded);
            served.sessions().announce(this);
            served.log().record(AuthLog.Event.SERVER, learner, address, "course started");
            if (closingReason == null) {
                new CourseMapScreen(session).run();
            }
        } catch (RuntimeException e) {
            served.log().record(AuthLog.Event.SERVER, learner, address, "session failed: " + e);
            status = 1;
        } finally {
            finish(registered, status);
        }
    }

    /** A trainer gets the console, not a course; several trainers may watch at once. */
    private void openConsole() {
        Optional<org.hygiene.core.classroom.TrainerDesk> desk = served.trainerDesk();
        if (desk.isEmpty()) {
            say("This class is served without a trainer's console. Bye.\r\n");
            return;
        }
        served.log().record(AuthLog.Event.SERVER, learner, address, "trainer's console opened");
        desk.get().open(terminal, learner, noColor);
    }

    private Session newSession(ProgressStore.Loaded loaded) {
        PrintWriter errors = served.errorsOf(learner, address);
        for (String notice : loaded.notices()) {
            errors.println(notice);
        }
        Session s =
                new Session(
                        served.course(),
                        loaded.progress(),
                        served.store(),
                        terminal,
                        theme(),
                        served.plugins(),
                        served.clock(),
                        errors);
        s.followPresenter(served.presenter());
        return s;
    }

    private Theme theme() {
        return noColor ? Theme.MONO : Theme.DARK;
    }

    /** Become the learner's one live session, asking to take over an existing one. */
    private boolean claimLearner() {
        while (closingReason == null) {
            if (served.sessions().reserve(this)) {
                return true;
            }
            Optional<LiveSession> other = served.sessions().of(learner);
            if (other.isEmpty()) {
                continue;
            }
            if (!TakeOverPrompt.ask(terminal, other.get())) {
                return false;
            }
            served.log()
                    .record(
                            AuthLog.Event.TAKE_OVER,
                            learner,
                            address,
                            "from " + other.get().address());
            other.get().close("You connected again from " + address + "; this session is closed.");
            if (other.get() instanceof CourseShell shell) {
                shell.awaitEnd(10, TimeUnit.SECONDS);
            }
        }
        return false;
    }

    private boolean capable() {
        String type = terminal.getType();
        return type != null && !type.startsWith("dumb") && terminal.getWidth() > 0;
    }

    private void finish(boolean registered, int status) {
        Session s = session;
        if (s != null) {
            s.save();
        }
        if (registered) {
            served.sessions().remove(this, closingReason == null ? "left" : "closed");
        }
        String reason = closingReason;
        if (reason != null) {
            say("\r\n" + Sanitizer.clean(reason) + "\r\n");
        } else if (s != null) {
            say("Your progress is saved. Connect again to go on where you were.\r\n");
        }
        served.log()
                .record(
                        AuthLog.Event.DISCONNECT,
                        learner,
                        address,
                        reason == null ? "left" : Sanitizer.clean(reason));
        // A message sent as the learner left must not keep their terminal alive.
        org.hygiene.core.screen.ScreenNotices.forget(terminal);
        try {
            terminal.close();
        } catch (IOException | RuntimeException e) {
            // The channel may already be gone.
        }
        ended.countDown();
        if (exit != null) {
            exit.onExit(status);
        }
    }

    private void say(String text) {
        try {
            terminal.writer().print(text);
            terminal.writer().flush();
        } catch (RuntimeException e) {
            // The learner has gone; nothing to tell.
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        // The channel is closing (hang-up, server stop): leave the screens, which saves.
        endInput();
    }

    private void endInput() {
        Session s = session;
        if (s != null) {
            s.requestQuit();
        }
        in.end();
    }

    /** Wait until the session has ended and saved; true at once if it never started. */
    boolean awaitEnd(long amount, TimeUnit unit) {
        if (terminal == null) {
            return true;
        }
        try {
            return ended.await(amount, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the session has ended (a shell that never started has not). */
    boolean hasEnded() {
        return ended.getCount() == 0;
    }

    /** When the learner last typed; a shell not started yet counts as just active. */
    long lastInputNanos() {
        if (trainer) {
            return System.nanoTime(); // a trainer watching the room is not idle
        }
        ActivityInput input = in;
        return input == null ? System.nanoTime() : input.lastInputNanos();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String learner() {
        return learner;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public Instant connectedAt() {
        return connectedAt;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public int columns() {
        Size size = terminal.getSize();
        return size.getColumns();
    }

    @Override
    public int rows() {
        return terminal.getSize().getRows();
    }

    @Override
    public void notice(String text) {
        org.hygiene.core.screen.ScreenNotices.post(terminal, text);
    }

    @Override
    public void close(String reason) {
        if (closingReason == null) {
            closingReason = reason;
        }
        endInput();
    }
}
