package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.GlobalOptions;
import org.hygiene.core.app.LauncherIo;
import org.hygiene.core.spi.HygienePlugin;
import org.hygiene.core.spi.Plugins;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A plug-in's command names are what the launcher looks the command up by, without building it. */
class PluginCommandNamesTest {
    @Test
    void eachPluginCommandIsCalledByTheNameItDeclares() {
        Plugins plugins = Plugins.load();
        AppContext context =
                new AppContext(
                        new GlobalOptions(),
                        new LauncherIo(
                                new ByteArrayInputStream(new byte[0]),
                                new PrintWriter(new StringWriter()),
                                new PrintWriter(new StringWriter()),
                                Map.of(),
                                () -> {
                                    throw new AssertionError("no terminal while building");
                                },
                                "Linux",
                                "/nonexistent-home",
                                "tester"),
                        plugins,
                        Clock.systemUTC());
        List<String> names = new ArrayList<>();
        for (HygienePlugin plugin : plugins.all()) {
            for (String name : plugin.commandNames()) {
                Object command = plugin.command(name, context.ports());
                CommandLine cli = command instanceof CommandLine c ? c : new CommandLine(command);
                assertThat(cli.getCommandName()).isEqualTo(name);
                names.add(name);
            }
        }
        assertThat(names).contains("hunt", "check", "quiz", "exercise", "present");
    }
}
