package org.hygiene.lessons.hunt.shell;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Optional;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QueryResult;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** What a shell command can see and do: the terminal, the engine, the last result, quitting. */
public final class ShellContext {
    private final Terminal terminal;
    private final HuntEngine engine;
    private final ShellSettings settings;
    private final java.util.Map<String, ShellCommand> commands;
    private final Theme theme;
    private QueryResult lastResult;
    private String lastQuery;
    private String lastFooter = "";
    private boolean quit;
    private boolean skippedExplained;

    ShellContext(
            Terminal terminal,
            HuntEngine engine,
            ShellSettings settings,
            java.util.Map<String, ShellCommand> commands,
            Theme theme) {
        this.theme = theme;
        this.terminal = terminal;
        this.engine = engine;
        this.settings = settings;
        this.commands = commands;
    }

    public Terminal terminal() {
        return terminal;
    }

    public PrintWriter out() {
        return terminal.writer();
    }

    public HuntEngine engine() {
        return engine;
    }

    public ShellSettings settings() {
        return settings;
    }

    public Collection<ShellCommand> commands() {
        return commands.values();
    }

    /** True the first time it is called in this shell: explain skipped lines only once. */
    boolean explainSkippedOnce() {
        boolean first = !skippedExplained;
        skippedExplained = true;
        return first;
    }

    /** The result of the last query that ran, if any. */
    public Optional<QueryResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    /** The text of the last query that ran, if any. */
    public Optional<String> lastQuery() {
        return Optional.ofNullable(lastQuery);
    }

    void recordResult(String query, QueryResult result, String footer) {
        this.lastQuery = query;
        this.lastResult = result;
        this.lastFooter = footer;
    }

    /** The line printed under the last result: its row count, time and skipped records. */
    String lastFooter() {
        return lastFooter;
    }

    /** The colours of the course (for the result pager). */
    public Theme theme() {
        return theme;
    }

    /** Ask the shell to stop after this command. */
    public void quit() {
        quit = true;
    }

    boolean quitRequested() {
        return quit;
    }

    /**
     * Print text in the given style. It is cleaned here, whatever its source: messages quote
     * queries, column names and values taken from logs.
     */
    public void println(String text, AttributedStyle style) {
        out().println(
                        new AttributedString(Sanitizer.cleanKeepingNewlines(text), style)
                                .toAnsi(terminal));
        out().flush();
    }

    /** Print a message wrapped at spaces to the screen's width, so no word is cut at its edge. */
    public void say(String text, AttributedStyle style) {
        for (AttributedString line :
                org.hygiene.core.text.Wrap.words(
                        new AttributedString(Sanitizer.cleanKeepingNewlines(text), style),
                        width())) {
            out().println(line.toAnsi(terminal));
        }
        out().flush();
    }

    public void println(String text) {
        out().println(Sanitizer.cleanKeepingNewlines(text));
        out().flush();
    }

    /**
     * Print a problem in red (or plainly on a dumb terminal), a line too long for the screen
     * wrapped at spaces: left to the terminal it would break inside words and start rows with a
     * space.
     */
    public void error(String text) {
        AttributedStyle red = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
        for (String line : text.lines().toList()) {
            // Lines that fit keep their indentation: a caret must stay under what it points at.
            if (Wrap.cells(line) <= width()) {
                println(line, red);
            } else {
                say(line, red);
            }
        }
    }

    /** The width to lay results out in; dumb terminals report 0, so fall back to 80. */
    public int width() {
        int w = terminal.getWidth();
        return w > 0 ? w : 80;
    }
}
