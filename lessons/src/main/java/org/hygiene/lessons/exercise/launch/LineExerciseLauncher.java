package org.hygiene.lessons.exercise.launch;

import java.io.PrintWriter;
import java.util.Locale;
import org.hygiene.core.app.Session;
import org.hygiene.core.markdown.Theme;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.command.ExerciseCommand;
import org.hygiene.lessons.exercise.command.ExerciseCommands;
import org.hygiene.lessons.exercise.command.ExercisePrompt;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Run the exercise commands at a simple {@code exercise>} line prompt on the session's terminal.
 */
public final class LineExerciseLauncher implements ExerciseLauncher {
    private final ExerciseCommands commands = new ExerciseCommands();

    @Override
    public void open(ExerciseContext context) {
        Session session = context.session();
        Terminal terminal = session.terminal();
        LineReader reader =
                LineReaderBuilder.builder()
                        .terminal(terminal)
                        .appName("hygiene-exercise")
                        .completer(
                                new StringsCompleter(
                                        commands.commands().stream()
                                                .map(ExerciseCommand::name)
                                                .toList()))
                        .option(LineReader.Option.AUTO_FRESH_LINE, true)
                        .build();
        // JLine 4.5.0 binds the literal text \E[< (xterm's mouse key, mistranslated), so a typed
        // "\E" waited for "[<" and was dropped: ...\Microsoft\Exchange Server lost a backslash.
        reader.getKeyMaps()
                .values()
                .forEach(keys -> keys.bind(new Reference(LineReader.SELF_INSERT), "\\E"));
        ExercisePrompt prompt = new TerminalPrompt(terminal, reader, session.theme());
        ExerciseSession exercise = context.start();
        commands.run("question", exercise, prompt);
        prompt.print(
                new AttributedString(
                        "Commands: answer VALUE, hint, question, giveup, back (help lists them).",
                        session.theme().faint()));
        while (true) {
            String line;
            try {
                line = reader.readLine("exercise> ");
            } catch (UserInterruptException e) {
                // Ctrl-C leaves Hygiene everywhere; end the prompt's line first.
                terminal.writer().println();
                terminal.writer().flush();
                session.requestQuit();
                return;
            } catch (EndOfFileException e) {
                return;
            }
            if (commands.run(line, exercise, prompt) == ExerciseCommand.Outcome.BACK) {
                return;
            }
        }
    }

    /** The prompt port over a JLine terminal and line reader. */
    static final class TerminalPrompt implements ExercisePrompt {
        private final Terminal terminal;
        private final LineReader reader;
        private final Theme theme;

        TerminalPrompt(Terminal terminal, LineReader reader, Theme theme) {
            this.terminal = terminal;
            this.reader = reader;
            this.theme = theme;
        }

        @Override
        public void print(AttributedString line) {
            PrintWriter w = terminal.writer();
            w.println(line.toAnsi(terminal));
            w.flush();
        }

        @Override
        public boolean confirm(String question) {
            try {
                String answer = reader.readLine(question + " [y/N] ");
                String a = answer.strip().toLowerCase(Locale.ROOT);
                return a.equals("y") || a.equals("yes");
            } catch (UserInterruptException | EndOfFileException e) {
                return false;
            }
        }

        @Override
        public int width() {
            int w = terminal.getWidth();
            return w > 0 ? Math.min(w, 100) : 80;
        }

        @Override
        public Theme theme() {
            return theme;
        }
    }
}
