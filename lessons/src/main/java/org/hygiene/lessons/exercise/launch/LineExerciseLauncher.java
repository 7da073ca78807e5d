package org.hygiene.lessons.exercise.launch;

import org.hygiene.core.screen.LineReaders;
import org.hygiene.core.spi.Session;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.command.ExerciseCommand;
import org.hygiene.lessons.exercise.command.ExerciseCommands;
import org.hygiene.lessons.exercise.command.ExercisePrompt;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
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
        LineReaders.keepTypedBackslashE(reader);
        ExercisePrompt prompt = new TerminalExercisePrompt(terminal, reader, session.theme());
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
}
