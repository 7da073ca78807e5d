package org.hygiene.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.GlobalOptions;
import org.hygiene.core.app.LauncherIo;
import org.hygiene.core.spi.Plugins;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher builds only the command that runs; help still sees every command. */
class CommandTreeTest {
    private static final List<String> CORE =
            List.of(
                    "lessons",
                    "lesson",
                    "progress",
                    "validate",
                    "init",
                    "new",
                    "preview",
                    "render",
                    "class",
                    "serve",
                    "export");

    private final AppContext context =
            new AppContext(
                    new GlobalOptions(),
                    new LauncherIo(
                            new ByteArrayInputStream(new byte[0]),
                            new PrintWriter(new StringWriter()),
                            new PrintWriter(new StringWriter()),
                            Map.of(),
                            () -> {
                                throw new AssertionError("no terminal while building commands");
                            },
                            "Linux",
                            "/nonexistent-home",
                            "tester"),
                    new Plugins(List.of()),
                    Clock.systemUTC());

    @Test
    void eachCommandIsBuiltAloneUnderTheNameItIsCalledBy() {
        for (String name : CORE) {
            CommandLine cli = Main.commandLine(context, name);
            assertThat(cli.getSubcommands().keySet()).as(name).containsExactly(name);
        }
    }

    @Test
    void theCourseAndTheVersionBuildNoSubcommand() {
        assertThat(Main.commandLine(context, "").getSubcommands()).isEmpty();
    }

    @Test
    void anUnknownWordIsLeftToTheWholeTree() {
        assertThat(Main.commandLine(context, "frobnicate")).isNull();
    }

    @Test
    void helpSeesEveryCommandInOrder() {
        CommandLine cli = Main.commandLine(context, CommandWord.UNKNOWN);
        assertThat(cli.getSubcommands().keySet()).containsExactlyElementsOf(CORE);
    }
}
