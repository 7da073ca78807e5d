package org.hygiene.lessons.exercise.launch;

import java.io.PrintWriter;
import java.util.Locale;
import org.hygiene.core.markdown.Theme;
import org.hygiene.lessons.exercise.command.ExercisePrompt;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/** The exercise prompt port over a JLine terminal: print lines, ask yes/no with a line reader. */
public final class TerminalExercisePrompt implements ExercisePrompt {
    private final Terminal terminal;
    private final LineReader reader;
    private final Theme theme;

    public TerminalExercisePrompt(Terminal terminal, LineReader reader, Theme theme) {
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
