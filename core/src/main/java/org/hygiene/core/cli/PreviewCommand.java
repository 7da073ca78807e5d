package org.hygiene.core.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.Pager;
import org.hygiene.core.validate.PreviewSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hygiene preview FILE}: show a lesson or quiz as learners will see it, with its problems on
 * top, and show it again on every save, at the same place. It never records progress.
 */
@Command(
        name = "preview",
        mixinStandardHelpOptions = true,
        description = {
            "Show a lesson or quiz as learners will see it (exercise cards; a quiz question by"
                    + " question with its key), its validation problems at the top, and show it"
                    + " again on every save, keeping your place. Never records progress. Plain"
                    + " text, once, when not on a terminal."
        })
final class PreviewCommand implements Callable<Integer> {
    /** How often the file is checked for a save; a poll works on every file system. */
    static final long POLL_MILLIS = 300;

    private final AppContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "The lesson or quiz file.")
    Path file;

    PreviewCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new UserException("no such file: " + file);
        }
        PreviewSource source = new PreviewSource(file, context.plugins());
        if (!context.interactive()) {
            PrintWriter out = context.out();
            for (var line : TerminalMarkdown.plain(80).render(source.read().markdown())) {
                out.println(line.toString());
            }
            out.flush();
            return 0;
        }
        AtomicReference<PreviewSource.Preview> current = new AtomicReference<>(source.read());
        try (FullScreen screen = new FullScreen(context.terminal())) {
            Thread watcher = new Thread(() -> watch(source, screen, current), "preview-watch");
            watcher.setDaemon(true);
            watcher.start();
            Pager pager =
                    Pager.forDocument(
                            context.theme(),
                            current.get().title(),
                            w ->
                                    new TerminalMarkdown(context.theme(), w)
                                            .renderDocument(current.get().markdown()));
            try {
                pager.show(screen, 0);
            } finally {
                watcher.interrupt();
            }
        }
        return 0;
    }

    /** Poll the file; on a save, read it again and have the pager re-render where it stands. */
    private static void watch(
            PreviewSource source,
            FullScreen screen,
            AtomicReference<PreviewSource.Preview> current) {
        long seen = source.stamp();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = source.stamp();
            if (now != seen) {
                seen = now;
                current.set(source.read());
                screen.redraw();
            }
        }
    }
}
