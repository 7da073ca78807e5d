package org.hygiene.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.GlobalOptions;
import org.hygiene.core.app.LauncherIo;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.testing.TestIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The usage text of the commands whose picocli model is built in code (the launcher itself, its
 * global options, render) reads exactly as it did when it was read from annotations.
 */
class UsageTextTest {
    @TempDir Path data;

    private final AppContext context =
            new AppContext(
                    new GlobalOptions(),
                    new LauncherIo(
                            new ByteArrayInputStream(new byte[0]),
                            new PrintWriter(new StringWriter()),
                            new PrintWriter(new StringWriter()),
                            Map.of(),
                            () -> {
                                throw new AssertionError("no terminal for usage text");
                            },
                            "Linux",
                            "/nonexistent-home",
                            "tester"),
                    new Plugins(List.of()),
                    Clock.systemUTC());

    /** The usage at 80 columns, whatever terminal the tests run in. */
    private static String usage(CommandLine cli) {
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(80);
        return cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    @Test
    void theLauncherUsageListsTheGlobalOptions() {
        assertThat(usage(Main.commandLine(context, "")))
                .isEqualTo(
                        """
                        Usage: hygiene [-hV] [--debug] [--plain] [--content=DIR] [--data-dir=DIR]
                                       [--learner=NAME] [--theme=THEME]
                        Learn cyber hygiene through the 2021 Microsoft Exchange Server attacks.

                        With no command, opens the course map (printed as text when not on a terminal).
                              --content=DIR    Play the course in DIR instead of the bundled one.
                              --data-dir=DIR   Keep learner data in DIR (default: $HYGIENE_HOME, else
                                                 $XDG_DATA_HOME/hygiene).
                              --debug          Show stack traces of errors.
                          -h, --help           Show this help message and exit.
                              --learner=NAME   Whose progress to use (default: $HYGIENE_LEARNER, else
                                                 your user name); one shared account can keep several
                                                 learners apart.
                              --plain          Plain, line-oriented text with no escape codes (also for
                                                 screen readers).
                              --theme=THEME    Colour theme: dark, light, mono (NO_COLOR selects mono).
                          -V, --version        Print version information and exit.
                        """);
    }

    @Test
    void renderUsageListsItsOwnAndTheInheritedOptions() {
        CommandLine render = Main.commandLine(context, "render").getSubcommands().get("render");
        assertThat(usage(render))
                .isEqualTo(
                        """
                        Usage: hygiene render [-hV] [--debug] [--pager] [--plain] [--content=DIR]
                                              [--data-dir=DIR] [--learner=NAME] [--theme=THEME]
                                              [--width=N] FILE
                        Print a Markdown file as learners will see it: styled on a terminal, plain text
                        (no escape codes) when piped or with --plain. Front matter is left out.
                        Problems with the front matter go to standard error and the exit status is 1;
                        the file is still shown (all of it when its front matter is not closed).
                              FILE             The Markdown file to show.
                              --content=DIR    Play the course in DIR instead of the bundled one.
                              --data-dir=DIR   Keep learner data in DIR (default: $HYGIENE_HOME, else
                                                 $XDG_DATA_HOME/hygiene).
                              --debug          Show stack traces of errors.
                          -h, --help           Show this help message and exit.
                              --learner=NAME   Whose progress to use (default: $HYGIENE_LEARNER, else
                                                 your user name); one shared account can keep several
                                                 learners apart.
                              --pager          Page through it as a lesson (less-like keys; h lists
                                                 them).
                              --plain          Plain, line-oriented text with no escape codes (also for
                                                 screen readers).
                              --theme=THEME    Colour theme: dark, light, mono (NO_COLOR selects mono).
                          -V, --version        Print version information and exit.
                              --width=N        Wrap to N columns (20 to 1000; default: the terminal's
                                                 width, or 80).
                        """);
    }

    /**
     * picocli's list of commands shows only the first line of each description, so that line must
     * say the whole thing: a sentence, not one cut at the end of a source line.
     */
    @Test
    void everyCommandListedInHelpIsSummedUpByAWholeSentence() {
        CommandLine whole = Main.commandLine(context, CommandWord.UNKNOWN);
        List<CommandLine> commands = new java.util.ArrayList<>();
        collect(whole, commands);
        assertThat(commands).hasSizeGreaterThan(10);
        for (CommandLine command : commands) {
            String[] description = command.getCommandSpec().usageMessage().description();
            assertThat(description).as(command.getCommandName()).isNotEmpty();
            assertThat(description[0])
                    .as("first description line of '%s'", command.getCommandName())
                    .matches("(?s).*[.)]");
        }
    }

    private static void collect(CommandLine parent, List<CommandLine> into) {
        for (CommandLine child : parent.getSubcommands().values()) {
            if (!into.contains(child)) {
                into.add(child);
                collect(child, into);
            }
        }
    }

    @Test
    void renderWithoutAFileIsAUsageError() {
        TestIo io = new TestIo(data);
        assertThat(io.run("render")).isEqualTo(2);
        assertThat(io.err())
                .startsWith("Missing required parameter: 'FILE'\nUsage: hygiene render");
    }

    @Test
    void aBadWidthIsAUsageError() {
        TestIo io = new TestIo(data);
        assertThat(io.run("render", "--width", "x", "lesson.md")).isEqualTo(2);
        assertThat(io.err())
                .startsWith("Invalid value for option '--width': 'x' is not an int\nUsage:");
    }

    @Test
    void aBlankLearnerIsAUsageErrorWithTheLauncherUsage() {
        TestIo io = new TestIo(data);
        assertThat(io.run("--learner", " ", "--version")).isEqualTo(2);
        assertThat(io.err()).startsWith("--learner needs a name\nUsage: hygiene [-hV]");
    }
}
