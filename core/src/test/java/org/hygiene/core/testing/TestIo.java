package org.hygiene.core.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hygiene.core.app.LauncherIo;
import org.hygiene.core.cli.Main;
import org.hygiene.core.spi.Plugins;
import org.jline.terminal.Terminal;

/** Run the launcher in memory: captured output, a chosen environment, an optional terminal. */
public final class TestIo {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();
    private InputStream in = new ByteArrayInputStream(new byte[0]);
    private Supplier<Terminal> terminal =
            () ->
                    TestTerminals.dumb(
                            new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());

    public TestIo(Path dataDir) {
        env.put("HYGIENE_HOME", dataDir.toString());
        env.put("HYGIENE_LEARNER", "tester");
    }

    public TestIo env(String key, String value) {
        env.put(key, value);
        return this;
    }

    public TestIo stdin(String text) {
        in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestIo terminal(Supplier<Terminal> terminal) {
        this.terminal = terminal;
        return this;
    }

    /** Run {@code hygiene args...} with the plug-ins on the test class path. */
    public int run(String... args) {
        out.reset();
        err.reset();
        LauncherIo io =
                new LauncherIo(
                        in,
                        writer(out),
                        writer(err),
                        env,
                        terminal,
                        "Linux",
                        "/nonexistent-home",
                        "tester");
        int status = Main.run(args, io, Plugins.load(), Clock.systemUTC());
        io.out().flush();
        io.err().flush();
        return status;
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PrintWriter writer(ByteArrayOutputStream bytes) {
        return new PrintWriter(bytes, true, StandardCharsets.UTF_8);
    }
}
