package org.hygiene.lessons.hunt.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.screen.LineReaders;
import org.hygiene.core.text.Suggest;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QueryResult;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;

/**
 * The interactive hunt shell: read a query or a command, run it, show the result, repeat. Other
 * code opens it with extra commands and a banner (an exercise adds {@code answer} and {@code
 * hint}):
 *
 * <pre>{@code
 * HuntShell.builder(terminal, engine)
 *         .prompt("exercise 3> ")
 *         .banner("Find the address that sent the first SSRF request.")
 *         .command(new AnswerCommand(...))
 *         .build()
 *         .run();
 * }</pre>
 */
public final class HuntShell {
    private final Terminal terminal;
    private final String prompt;
    private final List<String> banner;
    private final Map<String, ShellCommand> commands;
    private final ShellContext context;
    private final LineReader reader;
    private final ObjLongConsumer<String> queryListener;

    private HuntShell(Builder b) {
        this.queryListener = b.queryListener;
        this.terminal = b.terminal;
        this.prompt = b.prompt;
        this.banner = List.copyOf(b.banner);
        this.commands = new LinkedHashMap<>();
        for (ShellCommand c :
                List.of(
                        new TablesCommand(),
                        new SchemaCommand(),
                        new ExamplesCommand(ShellExample.forTables(b.engine, b.examples)),
                        new WideCommand(),
                        new ShowCommand(),
                        new PageCommand(),
                        new SkippedCommand(),
                        new HelpCommand(),
                        new QuitCommand())) {
            commands.put(c.name(), c);
        }
        for (ShellCommand c : b.extra) {
            commands.put(c.name(), c);
        }
        this.context = new ShellContext(terminal, b.engine, b.settings, commands, b.theme);
        QueryCompletion completion =
                new QueryCompletion(b.engine, new ArrayList<>(commands.keySet()));
        LineReaderBuilder rb =
                LineReaderBuilder.builder()
                        .terminal(terminal)
                        .appName("hygiene-hunt")
                        .parser(new HuntLineParser())
                        .completer(new HuntCompleter(completion))
                        .highlighter(new HuntHighlighter(b.engine))
                        .variable(
                                LineReader.SECONDARY_PROMPT_PATTERN,
                                " ".repeat(Math.max(0, prompt.length() - 2)) + "> ")
                        .variable(LineReader.INDENTATION, 0)
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                        .option(LineReader.Option.AUTO_GROUP, true)
                        .option(LineReader.Option.INSERT_TAB, false);
        if (b.historyFile != null) {
            try {
                java.nio.file.Files.createDirectories(b.historyFile.toAbsolutePath().getParent());
                rb.variable(LineReader.HISTORY_FILE, b.historyFile);
            } catch (java.io.IOException e) {
                // No history then; the shell itself works.
            }
        }
        this.reader = LineReaders.keepTypedBackslashE(rb.build());
        java.util.Set<String> tables = new java.util.HashSet<>();
        b.engine.tables().forEach(table -> tables.add(table.name()));
        EnterKey.install(reader, terminal, commands::containsKey, tables::contains);
    }

    public static Builder builder(Terminal terminal, HuntEngine engine) {
        return new Builder(terminal, engine);
    }

    /** Read and run lines until {@code .quit}, a command that quits, or end of input. */
    public void run() {
        for (String line : banner) {
            context.say(line, AttributedStyle.BOLD);
        }
        if (!banner.isEmpty()) {
            context.say(
                    "Type .help for help, .tables to see what you can query, Tab to complete;"
                            + " a query of several lines runs at an empty line.",
                    AttributedStyle.DEFAULT.faint());
        }
        // A trainer's broadcast reaches a learner in the shell too, above the prompt.
        try (org.hygiene.core.screen.ScreenNotices.Delivery notices =
                org.hygiene.core.screen.ScreenNotices.deliverTo(
                        terminal,
                        text ->
                                reader.printAbove(
                                        new org.jline.utils.AttributedString(
                                                text, AttributedStyle.INVERSE)))) {
            readAndRun();
        }
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            context.error("could not save the query history: " + e.getMessage());
        }
    }

    private void readAndRun() {
        while (!context.quitRequested()) {
            String line;
            try {
                line = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            execute(line);
        }
    }

    /** Run one line as a command or a query, as if typed. */
    public void execute(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return;
        }
        int space = 0;
        while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        String word = text.substring(0, space);
        ShellCommand command = commands.get(word);
        if (command != null) {
            command.run(context, text.substring(space).strip());
            return;
        }
        if (word.startsWith(".")) {
            String hint =
                    Suggest.nearest(word, commands.keySet())
                            .map(s -> "; did you mean " + s + "?")
                            .orElse("");
            context.error(
                    "unknown command "
                            + org.hygiene.core.text.Sanitizer.clean(word)
                            + hint
                            + " (see .help)");
            return;
        }
        String query = line;
        if (text.startsWith("|") && context.lastQuery().isPresent()) {
            // A line that starts with a pipe goes on from the last query, as its next line would.
            query = context.lastQuery().get() + "\n" + text;
        }
        QueryResult result = QueryRunner.run(context, query);
        queryListener.accept(query.strip(), result == null ? -1 : result.totalRows());
    }

    /** Configure a shell. */
    public static final class Builder {
        private final Terminal terminal;
        private final HuntEngine engine;
        private String prompt = "hunt> ";
        private final List<String> banner = new ArrayList<>();
        private final List<ShellCommand> extra = new ArrayList<>();
        private List<ShellExample> examples = ShellExample.DETECTIONS;
        private Path historyFile;
        private Theme theme = Theme.DARK;
        private final ShellSettings settings = new ShellSettings();
        private ObjLongConsumer<String> queryListener = (query, rows) -> {};

        private Builder(Terminal terminal, HuntEngine engine) {
            this.terminal = terminal;
            this.engine = engine;
        }

        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** Lines printed when the shell starts. */
        public Builder banner(String... lines) {
            banner.addAll(List.of(lines));
            return this;
        }

        /** Add a command, or replace a built-in one of the same name. */
        public Builder command(ShellCommand command) {
            extra.add(command);
            return this;
        }

        public Builder examples(List<ShellExample> examples) {
            this.examples = List.copyOf(examples);
            return this;
        }

        /** The colours of the course, for the result pager. */
        public Builder theme(Theme theme) {
            this.theme = theme;
            return this;
        }

        /** Keep the query history in this file (created when needed). */
        public Builder historyFile(Path file) {
            this.historyFile = file;
            return this;
        }

        /** Whether long results are paged (on by default; off for scripted use). */
        public Builder paging(boolean paging) {
            settings.paging = paging;
            return this;
        }

        /** Tell {@code listener} of every query run: its text and rows, or -1 if it failed. */
        public Builder onQuery(ObjLongConsumer<String> listener) {
            this.queryListener = listener;
            return this;
        }

        public HuntShell build() {
            return new HuntShell(this);
        }
    }
}
