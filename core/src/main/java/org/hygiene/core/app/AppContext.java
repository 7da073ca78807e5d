package org.hygiene.core.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseException;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Problem;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.progress.DataDir;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.spi.CommandPorts;
import org.hygiene.core.spi.Console;
import org.hygiene.core.spi.LearnerAccess;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.TerminalAccess;
import org.hygiene.core.text.Sanitizer;
import org.jline.terminal.Terminal;

/**
 * What commands share during one launcher run: the options, the outside world, the plug-ins, and
 * the course and terminal, each created only when a command first needs it.
 */
public final class AppContext implements TerminalAccess, LearnerAccess {
    private final GlobalOptions options;
    private final LauncherIo io;
    private final Plugins plugins;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private Course course;
    private Terminal terminal;

    public AppContext(GlobalOptions options, LauncherIo io, Plugins plugins, Clock clock) {
        this.options = options;
        this.io = io;
        this.plugins = plugins;
        this.clock = clock;
        this.out = Sanitizer.writer(io.out());
        this.err = Sanitizer.writer(io.err());
    }

    public GlobalOptions options() {
        return options;
    }

    public LauncherIo io() {
        return io;
    }

    /**
     * Standard output, cleaned: whatever a command prints here (reports, CSV, GIFT, messages
     * quoting files or arguments) reaches a terminal without a control sequence. Only output made
     * of our own escape sequences around already-cleaned text may use {@code io().out()}.
     */
    public PrintWriter out() {
        return out;
    }

    /** Standard error, cleaned like {@link #out()}. */
    public PrintWriter err() {
        return err;
    }

    /** The standard streams for plug-in commands: cleaned, as {@link #out()} and {@link #err()}. */
    public Console console() {
        return new Console(io.in(), out, err);
    }

    /** The narrow views of this run that plug-in commands take. */
    public CommandPorts ports() {
        return new CommandPorts(console(), this, this, clock);
    }

    public Plugins plugins() {
        return plugins;
    }

    public Clock clock() {
        return clock;
    }

    /** The course to play: {@code --content DIR}, else the one bundled in the jar. */
    @Override
    public Course course() {
        if (course == null) {
            course = loadCourse();
        }
        return course;
    }

    private Course loadCourse() {
        Path root;
        if (options.content != null) {
            root = options.content.toAbsolutePath().normalize();
        } else {
            Optional<Path> bundled = BundledCourse.root();
            if (bundled.isEmpty()) {
                throw new UserException("no course is bundled in this build; use --content DIR");
            }
            root = bundled.get();
        }
        try {
            return CourseLoader.load(root);
        } catch (CourseException e) {
            StringBuilder message =
                    new StringBuilder("the course in " + root + " cannot be loaded:");
            for (Problem p : e.problems()) {
                message.append("\n  ").append(p);
            }
            throw new UserException(message.toString());
        }
    }

    @Override
    public Path dataDir() {
        return DataDir.resolve(options.dataDir, io.env(), io.osName(), io.userHome());
    }

    public ProgressStore progressStore() {
        return new ProgressStore(dataDir(), clock);
    }

    /**
     * The learner's name: {@code --learner}, else {@code HYGIENE_LEARNER}, else the
     * operating-system user.
     */
    @Override
    public String learner() {
        if (options.learner != null) {
            return options.learner;
        }
        String name = io.env().get("HYGIENE_LEARNER");
        return name != null && !name.isBlank() ? name.strip() : io.userName();
    }

    /** The theme: {@code --theme}, else mono when {@code NO_COLOR} is set, else dark. */
    @Override
    public Theme theme() {
        if (options.theme != null) {
            return Theme.named(options.theme);
        }
        String noColor = io.env().get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? Theme.MONO : Theme.DARK;
    }

    @Override
    public Terminal terminal() {
        if (terminal == null) {
            terminal = io.terminal().get();
        }
        return terminal;
    }

    /** Whether full-screen, interactive screens can be used (a capable terminal, no --plain). */
    @Override
    public boolean interactive() {
        if (options.plain || !io.mayBeTerminal()) {
            return false;
        }
        Terminal t = terminal();
        String type = t.getType();
        return type != null && !type.startsWith("dumb") && t.getWidth() > 0;
    }

    /** Open a session for the current learner on the launcher's terminal. */
    @Override
    public Session session() {
        ProgressStore store = progressStore();
        ProgressStore.Loaded loaded = store.load(learner());
        for (String notice : loaded.notices()) {
            err().println("hygiene: " + notice);
        }
        err().flush();
        Session session =
                Session.openingTerminalOnDemand(
                        course(),
                        loaded.progress(),
                        store,
                        this::terminal,
                        theme(),
                        plugins,
                        clock,
                        err());
        session.checkSaving();
        return session;
    }

    /** Close what this run opened. */
    public void close() {
        if (terminal != null) {
            try {
                terminal.close();
            } catch (java.io.IOException ignored) {
                // Closing a terminal that is going away anyway.
            }
        }
    }
}
