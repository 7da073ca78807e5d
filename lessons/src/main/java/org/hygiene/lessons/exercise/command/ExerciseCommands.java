package org.hygiene.lessons.exercise.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.exercise.ExerciseSession;

/**
 * The exercise commands by name, and the dispatch of one typed line to them. A host shell can take
 * {@link #commands()} into its own table instead.
 */
public final class ExerciseCommands {
    private static final Map<String, String> ALIASES =
            Map.of(
                    "q", "back", "quit", "back", "exit", "back", "give-up", "giveup", "hints",
                    "hint", "?", "help");

    private final Map<String, ExerciseCommand> commands = new LinkedHashMap<>();

    public ExerciseCommands() {
        for (ExerciseCommand c :
                List.of(
                        new AnswerCommand(),
                        new HintCommand(),
                        new QuestionCommand(),
                        new GiveUpCommand(),
                        new NextCommand(),
                        new BackCommand())) {
            commands.put(c.name(), c);
        }
    }

    /** The commands, in the order help lists them. */
    public List<ExerciseCommand> commands() {
        return List.copyOf(commands.values());
    }

    /** Run one typed line. */
    public ExerciseCommand.Outcome run(
            String line, ExerciseSession session, ExercisePrompt prompt) {
        String s = line == null ? "" : line.strip();
        if (s.isEmpty()) {
            return ExerciseCommand.Outcome.STAY;
        }
        int space = indexOfSpace(s);
        String word = (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
        String args = space < 0 ? "" : s.substring(space + 1).strip();
        word = ALIASES.getOrDefault(word, word);
        if (word.equals("help")) {
            help(prompt);
            return ExerciseCommand.Outcome.STAY;
        }
        ExerciseCommand c = commands.get(word);
        if (c == null) {
            ExerciseText.say(
                    prompt,
                    "'"
                            + Sanitizer.clean(shorten(word))
                            + "' is not a command here. To answer, type: answer "
                            + Sanitizer.clean(shorten(s))
                            + "   (help lists the commands)");
            return ExerciseCommand.Outcome.STAY;
        }
        return c.run(args, session, prompt);
    }

    /** List the commands. */
    public void help(ExercisePrompt prompt) {
        int w = commands.values().stream().mapToInt(c -> c.usage().length()).max().orElse(8) + 2;
        for (ExerciseCommand c : commands.values()) {
            ExerciseText.say(
                    prompt,
                    "  " + String.format(Locale.ROOT, "%-" + w + "s", c.usage()) + c.summary());
        }
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
